def outer(n):
    def inner(x, y=2):
        global x
        return x + y
    return inner(n)

print(outer(1))
