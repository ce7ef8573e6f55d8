x = 0

def outer():
    y = 1
    def inner():
        x = y
        global x
        return x
    return inner()

print(outer())
