# sys.exc_info() inside handlers, in nested handlers, in called functions and after handling.
import sys

def describe():
    t, v, tb = sys.exc_info()
    if t is None:
        return "none: %r %r %r" % (t, v, tb)
    return "%s %r tb=%s" % (t.__name__, v, tb is not None)

print("start:", describe())

try:
    raise ValueError("first")
except ValueError:
    print("in handler:", describe())
    try:
        raise KeyError("second")
    except KeyError:
        print("nested:", describe())
    print("back in outer:", describe())
print("after:", describe())

try:
    1 / 0
except ZeroDivisionError as e:
    t, v, tb = sys.exc_info()
    print(t is ZeroDivisionError, v is e, tb is e.__traceback__)

try:
    pass
finally:
    print("finally without error:", describe())

try:
    try:
        raise IndexError("in flight")
    finally:
        print("finally with error in flight:", describe())
except IndexError:
    pass

def handler_in_function():
    try:
        raise TypeError("in function")
    except TypeError:
        return describe()

print("function:", handler_in_function())
print("after function:", describe())

class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("in __exit__:", describe())
        return True

with CM():
    raise RuntimeError("to exit")
print("after with:", describe())

try:
    raise AttributeError("else")
except AttributeError:
    pass
else:
    print("not reached")
print("after except:", describe())

try:
    raise LookupError("loop")
except LookupError:
    for i in range(2):
        print("loop", i, describe())
