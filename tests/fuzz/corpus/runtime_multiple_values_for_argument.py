def f(a, b=2):
    return a

print(f(1, a=1))
