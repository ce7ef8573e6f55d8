x = []
for i in range(1000000):
    x = [x]
x = 0
print('dropped')
