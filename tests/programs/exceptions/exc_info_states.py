# sys.exc_info() after helpers return, after break/return/continue out of handlers, inside __exit__ and finally.
import sys

def show(tag):
    t, v, tb = sys.exc_info()
    print(tag, t.__name__ if t else None, repr(v), tb is not None)

def helper():
    show("helper start")
    try:
        raise KeyError("inner")
    except KeyError:
        show("helper handler")
    show("helper after")
    return 1

try:
    raise ValueError("outer")
except ValueError:
    helper()
    show("after helper returned")
show("top after")

for i in range(3):
    try:
        raise IndexError(i)
    except IndexError:
        show("loop " + str(i))
        if i == 1:
            break
show("after break")

def ret_from_except():
    try:
        raise TypeError("r")
    except TypeError:
        return sys.exc_info()[1]

print("returned", repr(ret_from_except()))
show("after return from except")

def cont():
    for i in range(2):
        try:
            raise NameError(i)
        except NameError:
            continue
    show("after continue")

cont()

class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        show("in exit")
        return True

with CM():
    raise LookupError("swallowed")
show("after with")

try:
    raise ValueError("o")
except ValueError:
    with CM():
        show("with body in handler")
    with CM():
        raise ZeroDivisionError("z")
    show("handler after with")

def raiser_in_finally():
    try:
        raise ValueError("f")
    finally:
        show("finally during exception")

try:
    raiser_in_finally()
except ValueError:
    pass
show("end")

# nested handlers
import sys

def name():
    e = sys.exc_info()[1]
    return repr(e)

try:
    raise ValueError(1)
except ValueError:
    print("a", name())
    try:
        raise TypeError(2)
    except TypeError:
        print("b", name())
    print("c", name())
    try:
        pass
    finally:
        print("d", name())
    try:
        raise KeyError(3)
    except KeyError:
        pass
    print("e", name())
print("f", name())

def deep(n):
    if n == 0:
        return name()
    try:
        raise RuntimeError(n)
    except RuntimeError:
        r = deep(n - 1)
        return r + " / " + name()

print(deep(2))
print(name())

def gen_except_in_handler():
    try:
        raise ValueError("x")
    except ValueError:
        try:
            raise
        except ValueError as inner:
            print("reraise caught same", inner is sys.exc_info()[1])
    print("after", name())

gen_except_in_handler()

try:
    try:
        raise ValueError("outer-v")
    except ValueError:
        raise TypeError("new")
except TypeError as t:
    print("t ctx", repr(t.__context__), name())
print(name())
