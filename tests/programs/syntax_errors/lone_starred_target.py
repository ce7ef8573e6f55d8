xs = [1, 2, 3]
*a = xs
print(a)
