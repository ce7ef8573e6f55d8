# runtime error at module level, not inside any function
a = [1, 2, 3]
print("a =", a)
b = 0
for v in a:
    b = b + v
    print("b =", b)
c = a[1] / (b - 6)
print("not reached", c)
