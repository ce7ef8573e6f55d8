def outer():
    x = 1
    def inner():
        x = 5
        nonlocal x
    inner()
    return x

print(outer())
