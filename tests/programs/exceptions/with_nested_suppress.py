# Nested and multi-item with statements where one __exit__ suppresses or replaces the exception.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev))
        return self.suppress

with CM("outer"):
    with CM("inner", True):
        raise ValueError("x")
    print("between")

with CM("a"), CM("b", True), CM("c"):
    raise KeyError("k")
print("after abc")

with CM("a", True), CM("b"), CM("c"):
    raise KeyError("k2")
print("after abc2")

class Replacer:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("replacer sees", repr(ev))
        raise TypeError("replaced")

try:
    with CM("x"), Replacer(), CM("y"):
        raise ValueError("orig")
except TypeError as e:
    print("got", repr(e), "context", repr(e.__context__))

class Enter2Fails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")

try:
    with CM("first"), Enter2Fails(), CM("third"):
        print("never")
except RuntimeError as e:
    print("caught", repr(e))

try:
    with CM("first", True), Enter2Fails():
        print("never")
    print("suppressed by first")
except RuntimeError as e:
    print("caught", repr(e))

def ret_in_nested():
    with CM("r1"):
        with CM("r2", True):
            raise ValueError("v")
        return "after suppression"

print(ret_in_nested())
