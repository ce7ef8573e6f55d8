def a():
    return b()

def b():
    return c()

def c():
    return missing + 1

print(a())
