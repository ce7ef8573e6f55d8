# TypeError: too many positional arguments, with a keyword-only argument given
def f(a, *, b=0):
    return a + b

print(f(1, b=2))
print(f(1, 2, b=3))
