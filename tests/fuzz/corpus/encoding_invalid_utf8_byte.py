print('ok')
x = 1
y = 'ÿ'
