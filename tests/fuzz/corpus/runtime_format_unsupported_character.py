print('%z' % 1)
