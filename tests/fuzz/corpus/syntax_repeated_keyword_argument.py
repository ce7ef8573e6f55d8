def f(a):
    return a

print(f(a=1, a=2))
