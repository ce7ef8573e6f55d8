# Checks that sys.exc_info()/sys.exception() inside a generator reflect the generator's own handler.
import sys

def name():
    t = sys.exc_info()[0]
    return None if t is None else t.__name__

def gen():
    print("gen start:", name())
    try:
        raise KeyError("in gen")
    except KeyError:
        print("gen handler:", name())
        yield 1
        print("gen resumed in handler:", name())
        yield 2
    print("gen after handler:", name())
    yield 3

g = gen()
print("caller before:", name())
next(g)
print("caller after first yield:", name())
try:
    raise ValueError("caller")
except ValueError:
    print("caller handler:", name())
    next(g)
    print("caller handler after resume:", name())
try:
    raise IndexError("other")
except IndexError:
    next(g)
    print("caller still:", name())
print("caller at end:", name())

# generator started from inside caller's handler sees the caller's exception
def peek():
    print("peek sees:", name(), type(sys.exception()).__name__)
    yield

try:
    raise ZeroDivisionError
except ZeroDivisionError:
    p = peek()
    next(p)
p2 = peek()
next(p2)

# bare raise inside a generator re-raises the generator's handled exception
def reraiser():
    try:
        raise TypeError("original")
    except TypeError:
        yield "suspended in except"
        raise

r = reraiser()
next(r)
try:
    raise OSError("outer")
except OSError:
    try:
        next(r)
    except TypeError as e:
        print("re-raised:", repr(e), "context:", e.__context__)
    print("handler:", name())

# exception context of an exception raised in a generator resumed from a handler
def raiser():
    yield
    raise LookupError("from gen")

q = raiser()
next(q)
try:
    raise ArithmeticError("caller's")
except ArithmeticError:
    try:
        next(q)
    except LookupError as e:
        print("context:", repr(e.__context__))
