print('a' * 1.5)
