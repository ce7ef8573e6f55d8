# __init_subclass__ with class keywords, defaults, super() chaining, the TypeError
# from object.__init_subclass__, a plugin registry; __prepare__ returning a custom
# mapping (order recording, duplicate rejection), non-mapping __prepare__ result,
# class keywords reaching __prepare__/__new__/__init__, and type(name, bases, ns).

class Base:
    def __init_subclass__(cls, flag=False, **kw):
        print("Base.__init_subclass__", cls.__name__, flag, sorted(kw))
        super().__init_subclass__(**kw)
        cls.flag = flag


class Sub(Base, flag=True):
    pass


class Sub2(Base):
    pass


print(Sub.flag, Sub2.flag, "flag" in Base.__dict__)


class Middle(Base):
    def __init_subclass__(cls, tag="none", **kw):
        print("Middle.__init_subclass__", cls.__name__, tag)
        super().__init_subclass__(**kw)
        cls.tag = tag


class Leaf(Middle, tag="leaf", flag=1):
    pass


print(Leaf.tag, Leaf.flag, Middle.flag)

try:
    class Bad(Base, colour="red"):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class Bad2(object, x=1):
        pass
except TypeError as e:
    print("TypeError", e)


class Plugin:
    plugins = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[name or cls.__name__.lower()] = cls


class Json(Plugin, name="json"):
    pass


class Yaml(Plugin):
    pass


class YamlStrict(Yaml, name="yaml-strict"):
    pass


print({k: v.__name__ for k, v in Plugin.plugins.items()})


class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise NameError("duplicate definition of %r" % key)
        self.order.append(key)
        super().__setitem__(key, value)


class Recording(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return OrderedNS()

    def __new__(mcls, name, bases, ns, **kw):
        print("__new__", name, type(ns).__name__, kw)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("__init__", name, kw)
        super().__init__(name, bases, ns)


class Point(metaclass=Recording, kind="2d"):
    z = 0
    y = 1
    x = 2

    def norm(self):
        return 0


print(Point.order, 'x' in Point.__dict__)

try:
    class Dup(metaclass=Recording):
        a = 1
        a = 2
except NameError as e:
    print("NameError", e)


class NonMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class Q(metaclass=NonMapping):
        pass
except TypeError as e:
    print("TypeError", e)


class KwMeta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("KwMeta.__new__", name, kw)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("KwMeta.__init__", name, kw)
        super().__init__(name, bases, ns, **kw)


class WithKw(Base, metaclass=KwMeta, flag="via-meta"):
    pass


print(type(WithKw).__name__, WithKw.flag)

T = type("T", (Base,), {"n": 1})
print(T.flag, T.n, T.__name__)
T2 = type("T2", (Middle,), {})
print(T2.tag, T2.flag)
print(type.__prepare__("Z", ()), type(type.__prepare__()).__name__)
