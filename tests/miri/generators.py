# Generator frames under Miri: suspend and resume in the loop (FOR_ITER, SEND) and from Rust
# (next, send, list), a frame holding a live stack across a yield, calls and exceptions inside
# a running generator, throw into a suspended frame, close, drop while suspended in a try,
# a generator finishing by an exception, PEP 479, nested and recursive yield from.


def count(n):
    total = 0
    for i in range(n):
        sent = yield i
        if sent is not None:
            total += sent
    return total


def pairs(n):
    # The list and the tuple under construction stay on the frame's stack across each yield.
    out = []
    for a in range(n):
        out.append((a, (yield a)))
    return out


def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    return left + right


def guarded(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("closed")


def failing():
    yield 1
    raise ValueError("inside")


def stops():
    yield 1
    next(iter([]))


def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print("caught", repr(e))


print(list(count(4)), sum(x * 2 for x in count(5)))
g = count(3)
print(next(g), g.send(10), g.send(20))
try:
    g.send(30)
except StopIteration as stop:
    print("returned", stop.value)
p = pairs(3)
print(next(p), p.send("x"), p.send("y"))
try:
    p.send("z")
except StopIteration as stop:
    print(stop.value)
walker = tree(3)
print(list(walker))
def run_tree():
    total = yield from tree(2)
    yield total
print(list(run_tree()))
log = []
for v in guarded(log):
    break
print(log)
h = guarded(log)
next(h)
del h
print(log)
k = guarded(log)
next(k)
k.close()
print(log)
try:
    for v in failing():
        print(v)
except ValueError as e:
    print("ValueError", e)
try:
    list(stops())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
c = catcher()
next(c)
c.throw(KeyError("a"))
c.throw(KeyError, "b")
c.close()
print(c.gi_frame is None)
def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"
print(list(deep(30)))
for v in failing():
    pass
