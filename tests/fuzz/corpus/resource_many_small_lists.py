x = []
for i in range(200000):
    x.append([i])
print(len(x), x[-1])
