x = [1]
x.append(x)
print(x)
print(len(x[1][1][1]))
