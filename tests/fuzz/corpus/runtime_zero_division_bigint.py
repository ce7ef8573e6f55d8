x = 10 ** 30
print(x // 0)
