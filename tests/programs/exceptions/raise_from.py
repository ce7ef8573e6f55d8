# Explicit chaining: raise X from Y, raise X from None, and the attributes they set.
def show(label, e):
    print(label, repr(e), "cause=" + repr(e.__cause__), "context=" + repr(e.__context__),
          "suppress=" + str(e.__suppress_context__))

fresh = ValueError("fresh")
show("fresh", fresh)

try:
    try:
        int("x")
    except ValueError as exc:
        raise RuntimeError("conversion failed") from exc
except RuntimeError as e:
    show("from exc", e)
    print(e.__cause__ is e.__context__, type(e.__cause__).__name__)

try:
    try:
        {}["k"]
    except KeyError:
        raise LookupError("missing") from None
except LookupError as e:
    show("from None", e)

try:
    raise TypeError("no handler") from KeyError("explicit")
except TypeError as e:
    show("outside handler", e)

try:
    raise TypeError("class cause") from IndexError
except TypeError as e:
    show("class as cause", e)
    print(type(e.__cause__).__name__, e.__cause__.args)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("different cause") from KeyError("other")
except ValueError as e:
    show("cause differs from context", e)

e2 = RuntimeError("manual")
e2.__cause__ = ValueError("set by hand")
show("manual cause", e2)
e2.__suppress_context__ = False
e2.__cause__ = None
show("cleared", e2)

try:
    raise ValueError("bad cause") from 1
except TypeError as e:
    print("from 1:", type(e).__name__, e)

try:
    raise ValueError("bad cause") from "text"
except TypeError as e:
    print("from str:", e)

try:
    e3 = KeyError("k")
    e3.__cause__ = 5
except TypeError as e:
    print("assign cause:", e)

def chain(n):
    try:
        if n == 0:
            raise KeyError("root")
        chain(n - 1)
    except LookupError as exc:
        raise LookupError("level %d" % n) from exc

try:
    chain(3)
except LookupError as e:
    names = []
    while e is not None:
        names.append(str(e))
        e = e.__cause__
    print(names)
