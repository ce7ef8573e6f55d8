def f():
    x = 1
    def g():
        nonlocal x, y
        return x
    return g
