{{100000*\n}}print('after blank lines')
