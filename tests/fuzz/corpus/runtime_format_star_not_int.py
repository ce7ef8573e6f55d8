print('%*d' % ('a', 1))
