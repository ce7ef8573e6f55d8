x = 3
for i in range(14):
    x = x * x
print(x % 10 ** 9)
print(x > 0)
print(str(x))
