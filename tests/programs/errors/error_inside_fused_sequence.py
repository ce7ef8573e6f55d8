# The failing BINARY_OP sits inside a LOAD_FAST LOAD_FAST BINARY_OP run that the threaded
# engine fuses; the traceback must still name the right line in every frame.
def accumulate(a, b):
    total = 0
    for i in range(3):
        total = total + a
        if total > 1:
            print("partial", total)
    return total - b

def outer(x, y):
    r = accumulate(x, 2)
    print("first", r)
    return accumulate(x,
                      y)

print(outer(1, 2))
print(outer(1, "x"))
