x = int('9' * 4300)
print(x % 1000)
print(len(str(x)))
