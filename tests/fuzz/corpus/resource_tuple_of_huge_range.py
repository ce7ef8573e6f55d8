x = tuple(range(10 ** 12))
