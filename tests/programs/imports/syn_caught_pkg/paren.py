values = [1, 2]
total = sum((1, 2)
print(total)
