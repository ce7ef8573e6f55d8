x = [1, 2,
     3
y = 4
print(x)
