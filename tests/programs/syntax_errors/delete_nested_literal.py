a = [1, 2, 3]
del a[0]
print(a)
del a[0], (a, 1)
