# Checks yield as an expression and the values delivered by send().
def echo():
    received = []
    value = yield "ready"
    while value is not None:
        received.append(value)
        value = yield "got %r" % (value,)
    return received

g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
print(g.send([3]))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            print("None received, total stays", total)
        else:
            total += x

a = accumulate()
print(next(a))
print(a.send(5))
print(a.send(10))
print(next(a))
print(a.send(-3))
a.close()

def expr_positions():
    x = (yield 1) + 100
    print("x =", x)
    lst = [(yield 2), (yield 3)]
    print("lst =", lst)
    print("arg", (yield 4))
    y = yield
    print("y =", y)
    z = yield 5, 6
    print("z =", z)

e = expr_positions()
print(next(e))
print(e.send(1))
print(e.send("a"))
print(e.send("b"))
print(e.send("c"))
print(e.send("d"))
try:
    e.send("e")
except StopIteration as s:
    print("done", s.value)
