first = 1
x = = 1
