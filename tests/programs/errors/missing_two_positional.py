# TypeError: two required positional arguments missing
def f(a, b, c):
    return a + b + c

print(f(1, 2, 3))
print(f(a=1, b=2, c=3))
print(f(1))
