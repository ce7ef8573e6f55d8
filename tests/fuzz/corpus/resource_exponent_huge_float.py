print('%.200e' % 1e308)
print('%.110g' % 1e-320)
