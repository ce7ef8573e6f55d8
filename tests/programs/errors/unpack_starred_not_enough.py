# ValueError: starred target needs at least as many values as plain targets
first, *mid, last = [1, 2]
print(first, mid, last)
a, b, *c, d = (1, 2, 3)
print(a, b, c, d)
a, b, *c, d = [1, 2]
print("not reached")
