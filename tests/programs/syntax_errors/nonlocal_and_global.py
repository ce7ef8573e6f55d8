def outer():
    x = 1
    def inner():
        global x
        nonlocal x
        x = 3
    inner()

outer()
