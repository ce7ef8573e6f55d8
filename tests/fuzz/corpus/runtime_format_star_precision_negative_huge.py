print(repr('%*d' % (5, 1)))
print(repr('%.*f' % (-2 ** 63, 1.0)))
