# Checks that yield from passes next/send values through to the subgenerator.
def inner():
    print("inner start")
    a = yield "i1"
    print("inner got", a)
    b = yield "i2"
    print("inner got", b)
    return a, b

def outer():
    print("outer start")
    result = yield from inner()
    print("outer result", result)
    c = yield "o1"
    print("outer got", c)
    return "outer done"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("StopIteration", e.value)

# yield from a plain iterable
def from_iterables():
    yield from [1, 2]
    yield from (3, 4)
    yield from "ab"
    yield from range(5, 7)
    yield from {"k": 1}
    r = yield from []
    print("yield from [] ->", r)

print(list(from_iterables()))

# send(None) through yield from a list iterator works, send(non-None) fails
def over_list():
    yield from [10, 20]

h = over_list()
print(next(h))
print(h.send(None))
h2 = over_list()
next(h2)
try:
    h2.send(5)
except AttributeError as e:
    print("AttributeError:", e)
print(next(h2, "h2 exhausted"))

# chains of delegation
def level(n):
    if n == 0:
        x = yield "bottom"
        return "got " + str(x)
    r = yield from level(n - 1)
    return "L%d(%s)" % (n, r)

c = level(3)
print(next(c))
try:
    c.send("deep")
except StopIteration as e:
    print(e.value)
