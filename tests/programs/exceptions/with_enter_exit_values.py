# Values returned by __enter__ bound to unpacking/attribute/subscript targets; arguments __exit__ receives.
class Opener:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return [self.name, "handle"]
    def __exit__(self, et, ev, tb):
        print("closing", self.name)

with Opener("f") as (name, kind):
    print(name, kind)

with Opener("g") as h:
    h.append("more")
    print(h)

class Holder:
    pass

box = Holder()
items = [0, 0]
with Opener("attr") as box.value:
    print("attr target", box.value)
with Opener("idx") as items[1]:
    print("index target", items)

class NoneEnter:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        print("exit NoneEnter")

with NoneEnter() as x:
    print("x is", x)

try:
    with Opener("bad") as (a, b, c):
        print("never")
except ValueError as e:
    print("unpack error:", e)

def target_fails():
    d = {}
    with Opener("subscript") as d[undefined_key]:
        print("never")

try:
    target_fails()
except NameError as e:
    print("NameError:", e)

# what __exit__ receives
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            print("clean exit", ev, tb)
        else:
            print("exit", et.__name__, type(ev).__name__, ev.args, tb is ev.__traceback__, tb.tb_lineno)
        return True

with Inspect():
    pass

with Inspect():
    raise ValueError("v")

with Inspect():
    raise KeyError

with Inspect():
    {}["missing"]

with Inspect():
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")

class Rethrow:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise ev

try:
    with Rethrow():
        raise ValueError("same")
except ValueError as e:
    print("rethrown", repr(e), repr(e.__context__))

class ExitReturnsExc:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return ev

try:
    with ExitReturnsExc():
        raise ValueError("truthy exception object")
    print("suppressed because exception is truthy")
except ValueError:
    print("not suppressed")
