def outer():
    fns = [lambda: undefined_name for _ in range(2)]
    return fns[0]()
outer()
