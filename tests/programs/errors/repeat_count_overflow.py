# a repeat count beyond an index-sized integer is an OverflowError, whatever its sign
print(repr('x' * -5), [1] * -3, (1,) * 0, 'ab' * True)
print('x' * -(2**100))
