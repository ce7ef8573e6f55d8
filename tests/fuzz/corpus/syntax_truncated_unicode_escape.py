print('\u12')
