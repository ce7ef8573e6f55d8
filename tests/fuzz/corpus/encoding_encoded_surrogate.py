print('í €')
