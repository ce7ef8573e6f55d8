a, b = range(2)
print(a, b)
a, b = range(10 ** 20)
