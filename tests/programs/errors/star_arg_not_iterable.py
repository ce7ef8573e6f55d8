# TypeError: *-argument must be iterable
def f(*args):
    return len(args)

print(f(*[1, 2]), f(*"abc"), f(*range(4)))
print(f(*1))
