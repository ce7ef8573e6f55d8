  print('indented')
