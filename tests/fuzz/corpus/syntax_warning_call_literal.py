print('before')
x = 'abc'()
