# TypeError message names a nested function by its qualified name
def outer():
    def inner(x, y):
        return x * y
    print(inner(2, 3))
    return inner(2)

outer()
