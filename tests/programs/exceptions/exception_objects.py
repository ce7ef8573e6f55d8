# Exceptions as ordinary objects: stored, passed around, rebuilt from their type, introspected.
errors = [ValueError("v"), KeyError("k"), ZeroDivisionError("z"), RuntimeError()]
print([type(e).__name__ for e in errors])
print([e.__class__ is type(e) for e in errors])

copies = [type(e)(*e.args) for e in errors]
print([repr(c) for c in copies])
print([c is e for c, e in zip(copies, errors)], [c.args == e.args for c, e in zip(copies, errors)])

by_type = {}
for e in errors + copies:
    by_type[type(e).__name__] = by_type.get(type(e).__name__, 0) + 1
print(sorted(by_type.items()))

def make(kind, msg):
    return kind(msg)

made = make(IndexError, "made")
print(repr(made), isinstance(made, LookupError))

try:
    raise make(TypeError, "raised after making")
except TypeError as e:
    print("caught", e)

print(ValueError.__name__, ValueError.__qualname__, ValueError.__module__)

class Local(Exception):
    pass

print(Local.__name__, Local.__module__, Local.__qualname__)

def factory():
    class Inner(ValueError):
        pass
    return Inner

Inner = factory()
print(Inner.__qualname__, repr(Inner("x")), issubclass(Inner, ValueError))

plain = ValueError("p")
print(plain.__dict__)
plain.extra = [1, 2]
print(plain.__dict__, plain.extra)

class WithSlots(Exception):
    def __init__(self, a):
        super().__init__(a)
        self.a = a

w = WithSlots(5)
print(w.__dict__, w.args)

handled = []
for kind in [KeyError, IndexError, ValueError]:
    try:
        raise kind("loop %s" % kind.__name__)
    except LookupError as e:
        handled.append(e)
    except Exception as e:
        handled.append(("other", e))
print([repr(h) for h in handled])
print(len(set([ValueError, KeyError, ValueError])))

e1 = ValueError("same")
e2 = ValueError("same")
print(e1 == e2, e1 != e2, e1 == e1, bool(e1), bool(ValueError()))
d = {e1: "first", e2: "second"}
print(len(d), d[e1], d[e2])
