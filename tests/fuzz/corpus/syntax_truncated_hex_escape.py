print('\x4')
