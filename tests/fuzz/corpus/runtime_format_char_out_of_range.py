print('%c' % 65)
print('%c' % 1234567)
