x = 1e400
print(x)
print(int(x))
