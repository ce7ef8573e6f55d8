print('start')
s = 'x' * 10 ** 12
