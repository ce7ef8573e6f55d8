print(repr('%.*f' % (-5, 1.0)))
print(repr('%*d' % (-5, 1)))
