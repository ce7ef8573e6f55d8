print('%a' % 'café')
