print(1 << 2 ** 64)
