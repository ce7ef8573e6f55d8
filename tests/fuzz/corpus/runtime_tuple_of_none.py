print(tuple(None))
