# TypeError: too many positional arguments for a function with defaults
def f(a, b=1, c=2):
    return a + b + c

print(f(1, 2, 3))
print(f(1, 2, 3, 4))
