x = 1

def outer():
    def inner():
        nonlocal x
        x = 2
    inner()
    return x

print(outer())
