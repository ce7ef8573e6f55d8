# UnboundLocalError: a captured (cell) variable read before assignment in its own function
def outer():
    def inner():
        return x + 1
    print("inner defined")
    print(x)
    x = 1
    return inner()

outer()
