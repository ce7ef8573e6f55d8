x = []
y = []
for i in range(200000):
    x = [x]
    y = [y]
print(x == y)
