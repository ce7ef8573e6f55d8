print(repr(-(10 ** 4300)))
