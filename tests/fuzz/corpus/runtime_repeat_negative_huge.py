print(repr('x' * -5))
print('x' * -(2 ** 100))
