# TypeError: three required positional arguments missing
def f(a, b, c, d=4):
    return a + b + c + d

print(f(1, 2, 3))
print(f(d=0))
