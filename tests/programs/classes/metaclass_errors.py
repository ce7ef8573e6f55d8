# Metaclass error paths and super() details: bad type.__new__() arguments,
# M(1) for a plain metaclass, metaclass __call__ returning a non-instance (so
# __init__ is skipped), super() in metaclass methods, and the __class__ cell /
# zero-argument super() in classes whose metaclass __new__ calls methods early.

def attempt(label, f):
    try:
        r = f()
        print(label, "->", r if not isinstance(r, type) else "class " + r.__name__)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class M(type):
    pass


attempt("type.__new__()", lambda: type.__new__())
attempt("type.__new__(1)", lambda: type.__new__(1))
attempt("type.__new__(int)", lambda: type.__new__(int, "X", (), {}))
attempt("type.__new__(M,1,(),{})", lambda: type.__new__(M, 1, (), {}))
attempt("type.__new__(M,'X',[],{})", lambda: type.__new__(M, "X", [], {}))
attempt("type.__new__(M,'X',(),[])", lambda: type.__new__(M, "X", (), []))
attempt("type.__new__(M,'X',(1,),{})", lambda: type.__new__(M, "X", (1,), {}))
attempt("type.__new__(M,'X',())", lambda: type.__new__(M, "X", ()))
attempt("type('X', ())", lambda: type("X", ()))
attempt("type(1, 2)", lambda: type(1, 2))
attempt("type('X', (), {}, 4)", lambda: type("X", (), {}, 4))
attempt("M(1)", lambda: M(1))
attempt("M()", lambda: M())
attempt("M('X', (), {})", lambda: M("X", (), {}))
attempt("type(M('X', (), {}))", lambda: type(M("X", (), {})))
attempt("M('X', (bool,), {})", lambda: M("X", (bool,), {}))
attempt("type('X', (int, str), {})", lambda: type("X", (int, str), {}))


class Weird(type):
    def __call__(cls, *args):
        print("Weird.__call__", cls.__name__, args)
        if args and args[0] == "real":
            return super().__call__(*args)
        return ("not an instance",) + args


class W(metaclass=Weird):
    def __new__(cls, *args):
        print("W.__new__", args)
        return super().__new__(cls)

    def __init__(self, *args):
        print("W.__init__", args)


print(W(1, 2))
w = W("real")
print(type(w).__name__)


class Plain:
    def __new__(cls):
        print("Plain.__new__ returns int")
        return 7

    def __init__(self):
        print("never printed")


print(Plain())


class Tracing(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        print("Tracing.__new__ super() ok:", type(cls).__name__, name)
        return cls

    def __init__(cls, name, bases, ns):
        super(Tracing, cls).__init__(name, bases, ns)
        print("Tracing.__init__", name)

    def __repr__(cls):
        return "Tracing(" + super().__repr__().split("'")[1] + ")"


class T1(metaclass=Tracing):
    pass


class T2(T1):
    pass


print(repr(T2), [c.__name__ for c in T2.__mro__])


class Eager(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if "setup" in ns:
            print("eager setup:", cls.setup())
        return cls


class Root(metaclass=Eager):
    @classmethod
    def setup(cls):
        return "root:" + cls.__name__

    def hello(self):
        return "Root.hello"


class Child(Root):
    @classmethod
    def setup(cls):
        return "child+" + super().setup() + " cell=" + __class__.__name__

    def hello(self):
        return "Child>" + super().hello()


print(Child().hello(), Child.setup())


class NoCell(metaclass=Eager):
    def setup():
        return "plain function"

    setup = staticmethod(setup)


class BadSuper(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {"x": 1})


attempt("__classcell__ dropped", lambda: BadSuper("Z", (), {}).x)


def make_bad():
    class Lost(metaclass=BadSuper):
        def f(self):
            return __class__
    return Lost


attempt("class with cell", make_bad)
