# Metaclass dunders applied to the class object itself: len/iter/getitem (winning
# over __class_getitem__)/contains/repr/str/bool/reversed, __setattr__/__delattr__
# guards, a metaclass property with a setter, __getattr__ fallback, and
# __instancecheck__/__subclasscheck__ overrides (also inside isinstance tuples).

class Seq(type):
    def __len__(cls):
        return len(cls.items)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, i):
        return "meta[%r]" % (i,)

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return "<Seq class %s>" % cls.__name__

    def __str__(cls):
        return "Seq:" + cls.__name__

    def __bool__(cls):
        return bool(cls.items)

    def __reversed__(cls):
        return iter(["rev"] + cls.items[::-1])


class Colors(metaclass=Seq):
    items = ["red", "green", "blue"]

    def __class_getitem__(cls, item):
        return "class_getitem"


class Empty(metaclass=Seq):
    items = []


print(len(Colors), list(Colors), [c.upper() for c in Colors])
print(Colors[0], Colors["k"], Colors[1:2])
print("red" in Colors, "pink" in Colors, "red" not in Empty)
print(repr(Colors), str(Colors), "%s|%r" % (Colors, Colors), f"{Colors}")
print([Colors, Empty], bool(Colors), bool(Empty), "yes" if Empty else "no")
print(list(reversed(Colors)), sorted(Colors), max(Colors), dict.fromkeys(Colors, 0))
print(repr(Colors()).startswith("<__main__.Colors object"), type(Colors).__name__)
a, *rest = Colors
print(a, rest, tuple(Colors), set(Empty))


class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith("const_"):
            raise AttributeError("cannot rebind constant %s" % name)
        print("setting", name, "=", value)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name.startswith("const_"):
            raise AttributeError("cannot delete constant %s" % name)
        print("deleting", name)
        super().__delattr__(name)


class K(metaclass=Frozen):
    const_pi = 3
    other = 1


K.other = 2
K.new = "n"
print(K.other, K.new)
for action in ("set", "del"):
    try:
        if action == "set":
            K.const_pi = 4
        else:
            del K.const_pi
    except AttributeError as e:
        print("AttributeError", e)
del K.new
print(K.const_pi, hasattr(K, "new"))
setattr(K, "via_setattr", 5)
k = K()
k.const_pi = 99
print(k.const_pi, K.const_pi, K.via_setattr)


class WithProp(type):
    @property
    def size(cls):
        return cls._size

    @size.setter
    def size(cls, v):
        print("size setter", v)
        cls._size = v * 10

    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("%s has no %r" % (cls.__name__, name))


class P(metaclass=WithProp):
    _size = 1
    real = "real"


print(P.size)
P.size = 3
print(P.size, P._size, P.real, P.auto_thing, getattr(P, "auto_x"))
try:
    P.missing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(P, "nope"), getattr(P, "nope", "dflt"))
try:
    P().auto_thing
except AttributeError as e:
    print("AttributeError", e)


class Interface(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return all(callable(getattr(obj, m, None)) for m in cls.methods)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return all(callable(getattr(sub, m, None)) for m in cls.methods)


class Quacker(metaclass=Interface):
    methods = ("quack",)


class Walker(metaclass=Interface):
    methods = ("walk",)


class Duck:
    def quack(self):
        return "quack"


class Robot:
    def walk(self):
        return "beep"


print(isinstance(Duck(), Quacker), isinstance(Robot(), Quacker), isinstance(3, Walker))
print(issubclass(Duck, Quacker), issubclass(Robot, Quacker))
print(isinstance(Robot(), (Quacker, Walker)))
print(isinstance(Robot(), (int, (str, Walker))))
print(issubclass(Robot, (Quacker, Walker)), issubclass(int, (Quacker, Walker)))
q = Quacker()
print(isinstance(q, Quacker), issubclass(Quacker, Quacker))
