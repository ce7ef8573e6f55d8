x = [0]
for i in range(20):
    x = x + x
print(len(x))
