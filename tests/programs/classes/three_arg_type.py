# Building classes with type(name, bases, namespace).
def hello(self):
    return "hello from %s" % type(self).__name__


Base = type("Base", (), {"x": 1, "hello": hello})
Derived = type("Derived", (Base,), {"y": 2, "__init__": lambda self, v: setattr(self, "v", v)})
b = Base()
d = Derived(9)
print(Base.__name__, Derived.__name__, repr(Base), repr(Derived))
print(b.x, b.hello(), d.x, d.y, d.v, d.hello())
print(isinstance(d, Base), issubclass(Derived, Base), [c.__name__ for c in Derived.__mro__])
print(Base.__bases__, Derived.__bases__)
print(type(Base) is type, Base.__qualname__, Base.__module__)
E = type("E", (object,), {})
print(E.__bases__, repr(E()).startswith("<__main__.E object at 0x"))


class Normal:
    x = 1


print(Normal.__bases__, object.__bases__, len(Normal.__mro__))
print(type(Normal.__mro__).__name__, type(Normal.__bases__).__name__)
T = type("T", (Derived,), {"y": 20})
t = T(5)
print(t.x, t.y, t.v, T.__mro__[1].__name__)
