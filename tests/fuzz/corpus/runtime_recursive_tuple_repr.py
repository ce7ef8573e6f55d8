x = (1, [])
x[1].append(x)
print(x)
print(repr(x[1]))
