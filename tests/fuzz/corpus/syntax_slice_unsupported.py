print('abcdef'[1:3])
