print(bool(1, 2))
