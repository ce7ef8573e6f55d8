x = [1]
x.insert(2 ** 63, 0)
print(x)
