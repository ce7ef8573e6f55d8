# NameError: enclosing variable deleted after the closure was made
def outer():
    x = "here"
    def inner():
        return x
    print(inner())
    del x
    return inner()

outer()
