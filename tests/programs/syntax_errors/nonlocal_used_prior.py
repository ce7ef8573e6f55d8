def outer():
    x = 1
    def inner():
        print(x)
        nonlocal x
        x = 2
    inner()
    return x

print(outer())
