# __new__: allocation before __init__, returning other objects, singletons.
log = []


class Traced:
    def __new__(cls, *args):
        log.append("new %s %r" % (cls.__name__, args))
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, a, b):
        log.append("init %r %r" % (a, b))
        self.a = a


t = Traced(1, "x")
print(log, t.created, t.a)


class Single:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
            cls._inst.count = 0
        return cls._inst

    def __init__(self):
        self.count += 1


s1 = Single()
s2 = Single()
print(s1 is s2, s1.count)


class NotMine:
    def __new__(cls, v):
        return v * 2

    def __init__(self, v):
        print("never runs")


r = NotMine(21)
print(r, type(r).__name__)


class Sub(Traced):
    pass


log.clear()
s = Sub(3, 4)
print(log, type(s).__name__, s.a)


class Cached:
    def __new__(cls, key):
        self = object.__new__(cls)
        self.key = key
        return self


c = Cached("k")
print(c.key, type(c) is Cached)
o = object.__new__(Cached)
print(hasattr(o, "key"), isinstance(o, Cached))
