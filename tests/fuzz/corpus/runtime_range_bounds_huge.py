r = range(10 ** 20)
print(r[10 ** 19])
