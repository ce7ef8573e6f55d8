x = []
for i in range(200000):
    x = [x]
y = []
for i in range(200000):
    y = [y]
print(y in [1, x])
