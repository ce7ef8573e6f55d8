def f(a=1 // 0):
    return a

print(f())
