# Checks that throw() and close() are forwarded through yield from to the innermost generator.
def inner():
    try:
        while True:
            try:
                yield "inner"
            except ValueError as e:
                print("inner caught", e)
                yield "inner recovered"
    finally:
        print("inner finally")

def outer():
    try:
        r = yield from inner()
        print("never reached", r)
    except KeyError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(KeyError("k1")))
print(g.gi_yieldfrom is None)
g.close()
print("---")

g = outer()
next(g)
print("yieldfrom name:", g.gi_yieldfrom.__name__)
g.close()
print("gi_yieldfrom after close:", g.gi_yieldfrom)
print("---")

# inner returns in response to thrown exception -> yield from gets the value
def inner2():
    try:
        yield 1
    except ValueError:
        return "handled"

def outer2():
    r = yield from inner2()
    print("outer2 got", r)
    yield "after"

h = outer2()
next(h)
print(h.throw(ValueError))

# throw to a non-generator iterator in yield from: exception raised in outer
def outer3():
    try:
        yield from iter([1, 2, 3])
    except ZeroDivisionError:
        print("outer3 caught ZeroDivisionError")
        yield "outer3"

k = outer3()
print(next(k))
print(k.throw(ZeroDivisionError))
k.close()

# close with an inner generator that ignores GeneratorExit
def bad_inner():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def outer4():
    yield from bad_inner()

m = outer4()
next(m)
try:
    m.close()
except RuntimeError as e:
    print("RuntimeError:", e)
