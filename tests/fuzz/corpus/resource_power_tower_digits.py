x = 10 ** 10 ** 5
print(x % 1000)
print(x)
