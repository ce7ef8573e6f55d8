def outer():
    x = 1
    def inner(x):
        nonlocal x
        return x
    return inner(2)

print(outer())
