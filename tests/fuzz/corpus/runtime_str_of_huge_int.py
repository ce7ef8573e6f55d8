x = 10 ** 5000
print(x % 7)
print(str(x))
