# Checks behaviour of exhausted, closed and errored generators on next/send/throw/close.
def one():
    yield 1

def broken():
    yield 1
    raise ValueError("broken")

g = one()
print(list(g), list(g))
for op in ("next", "send", "throw", "close"):
    try:
        if op == "next":
            r = next(g)
        elif op == "send":
            r = g.send(None)
        elif op == "throw":
            r = g.throw(KeyError("k"))
        else:
            r = g.close()
        print(op, "returned", r)
    except StopIteration as e:
        print(op, "StopIteration", e.args)
    except KeyError as e:
        print(op, "KeyError", e)

b = broken()
print(next(b))
try:
    next(b)
except ValueError as e:
    print("first:", e)
try:
    next(b)
except StopIteration:
    print("second: StopIteration (generator is finished after raising)")
print(b.gi_frame is None)

# exhausted generator inside yield from: returns None immediately
def wrapper(inner):
    r = yield from inner
    yield ("returned", r)

done = one()
list(done)
print(list(wrapper(done)))

# generator with a return value: value only reported once
def retv():
    yield "a"
    return "value"

r = retv()
next(r)
for _ in range(2):
    try:
        next(r)
    except StopIteration as e:
        print("value:", e.value)

# closed while suspended: subsequent operations
c = one()
next(c)
c.close()
print(next(c, "closed default"))
try:
    c.send("x")
except StopIteration:
    print("send to closed: StopIteration")
try:
    c.throw(IndexError)
except IndexError:
    print("throw to closed: IndexError raised directly")

# sum/list over an already partly consumed generator
def three():
    yield 1
    yield 2
    yield 3
t = three()
next(t)
print(sum(t), sum(t))
