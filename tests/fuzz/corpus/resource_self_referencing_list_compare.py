x = [1]
x.append(x)
y = [1]
y.append(y)
print(x == y)
