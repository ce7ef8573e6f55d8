def outer():
    global y
    y = 1
    def inner():
        nonlocal y
        y += 1
    inner()

outer()
