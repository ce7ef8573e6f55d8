# Subclasses overriding __new__/__init__: what ends up in args; explicit Exception.__init__ calls.
class A(Exception):
    def __init__(self, x, y):
        print("A.__init__", x, y)

a = A(1, 2)
print(a.args, repr(a), str(a))

class B(Exception):
    def __init__(self, x):
        Exception.__init__(self)
        self.x = x

b = B(5)
print(b.args, repr(b), repr(str(b)), b.x)

class C(Exception):
    def __init__(self, x):
        super().__init__("C:" + str(x))

c = C(3)
print(c.args, repr(c))

class D(Exception):
    def __new__(cls, *args):
        print("D.__new__", args)
        self = super().__new__(cls, "fixed")
        return self

d = D(1, 2)
print(d.args, repr(d))

class E(Exception):
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, *args):
        pass

e = E("lost", "too")
print(e.args, repr(e))

class F(Exception):
    def __init__(self, *, code, msg="none"):
        super().__init__(code, msg)
        self.code = code

f = F(code=7)
print(f.args, f.code, repr(f))
try:
    raise F(code=9, msg="bad")
except F as err:
    print("caught", err.args, str(err))
try:
    F(7)
except Exception as err:
    print(type(err).__name__ + ":", err)

try:
    g = Exception.__new__(ValueError, "a", "b")
    print(type(g).__name__, g.args)
except Exception as err:
    print(type(err).__name__ + ":", err)
    g = ValueError("a", "b")
Exception.__init__(g, "c")
print(g.args)
BaseException.__init__(g)
print(g.args)
g.__init__("d", "e")
print(g.args)

class H(ValueError):
    def __init__(self):
        pass

try:
    raise H
except ValueError as err:
    print("H", err.args, repr(err))

try:
    Exception.__init__(5)
except Exception as err:
    print(type(err).__name__ + ":", err)
