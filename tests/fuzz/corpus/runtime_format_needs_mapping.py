print('%(a)s' % 1)
