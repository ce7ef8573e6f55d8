# A ZeroDivisionError inside a list comprehension shows the <listcomp> frame
def inverses(xs):
    return [1 // x for x in xs]

print(inverses([1, 2, 3]))
print(inverses([4, 0, 5]))
