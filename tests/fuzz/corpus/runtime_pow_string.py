print('a' ** 2)
