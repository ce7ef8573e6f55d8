x = [1]
print(x.pop())
print(x.pop())
