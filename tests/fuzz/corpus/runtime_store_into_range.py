r = range(3)
r[0] = 1
