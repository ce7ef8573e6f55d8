print('abc'.count())
