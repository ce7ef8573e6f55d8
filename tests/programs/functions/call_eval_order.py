# argument evaluation order and nested calls
def show(tag, v):
    print("eval", tag)
    return v

def f3(a, b, c):
    return a * 100 + b * 10 + c

print(f3(show("a", 1), show("b", 2), show("c", 3)))
print(f3(c=show("c", 3), a=show("a", 1), b=show("b", 2)))
print(f3(show("x", 1), c=show("z", 3), b=show("y", 2)))

def add(a, b):
    return a + b
print(add(add(1, 2), add(3, add(4, 5))))
print(add("x", add("y", "z")))
print(show("outer", add(show("l", 1), show("r", 2))))
lst = [show("first", 1), show("second", 2)]
print(lst)
tup = (show("t1", "a"), show("t2", "b"))
print(tup)
print(show("left", 2) ** show("right", 3))
