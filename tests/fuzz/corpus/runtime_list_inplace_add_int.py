x = [1]
x += 'ab'
print(x)
x += 5
