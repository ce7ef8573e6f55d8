print('%.*f' % (1,))
