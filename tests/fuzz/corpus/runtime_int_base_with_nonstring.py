print(int(10, 2))
