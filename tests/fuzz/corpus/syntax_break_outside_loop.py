print('a')
if True:
    break
