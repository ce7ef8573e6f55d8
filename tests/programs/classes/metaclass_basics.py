# Metaclass basics: __new__/__init__/__call__ with super(), metaclass methods and
# properties seen through the class only, type(C), isinstance(C, M), inheritance of
# the metaclass, most-derived metaclass selection and conflicts, direct calls of
# type.__new__ and M(...), a registry metaclass and a singleton metaclass.

class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("M.__call__", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        print("  got", type(inst).__name__)
        return inst

    def describe(cls):
        return "class " + cls.__name__

    @property
    def prop(cls):
        return "prop of " + cls.__name__


class C(metaclass=M):
    x = 1

    def __init__(self, v=0):
        print("C.__init__", v)
        self.v = v


c = C(5)
print(c.v, C.x, C.created_by)
print(C.describe(), C.prop)
try:
    c.describe()
except AttributeError as e:
    print("AttributeError", e)
try:
    c.prop
except AttributeError as e:
    print("AttributeError", e)
print(type(C) is M, C.__class__ is M, type(c) is C, isinstance(C, M), isinstance(C, type))
print(issubclass(M, type), isinstance(c, M), M.__mro__ == (M, type, object))


class D(C, flag=1):
    pass


print(type(D).__name__, D.created_by, D.describe(), D.prop)
d = D(7)
print(d.v, isinstance(d, C))


class M2(M):
    pass


class E(metaclass=M2):
    pass


class F(C, E):
    pass


print("F meta:", type(F).__name__)


class G(E, C, metaclass=M):
    pass


print("G meta:", type(G).__name__)


class Other(type):
    pass


class H(metaclass=Other):
    pass


try:
    class Bad(C, H):
        pass
except TypeError as e:
    print("TypeError", e)

X = type.__new__(M, "X", (), {})
print(type(X).__name__, X.__name__, X.describe(), hasattr(X, "created_by"))
Y = M("Y", (), {"a": 1})
print(type(Y).__name__, Y.a, Y.created_by)
y = Y()
print(type(y).__name__)

registry = []


class Registering(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        registry.append(cls.__name__)


class Base(metaclass=Registering):
    pass


class A1(Base):
    pass


class A2(A1):
    pass


print(registry)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
        self.values = []


class Logger(metaclass=Singleton):
    pass


a = Config()
b = Config()
a.values.append(1)
print(a is b, b.values, Logger() is Logger(), Logger() is a, len(Singleton._instances))
