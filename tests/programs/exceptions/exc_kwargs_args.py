# Keyword arguments to exception constructors and to BaseException.__new__ (directly and through super()).
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r.args)
    except Exception as err:
        print(label, "->", type(err).__name__ + ":", err)

class WithKw(Exception):
    def __init__(self, a, b=2):
        self.b = b

class WithKwSuper(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, "b=" + str(b))

class NoInit(Exception):
    pass

class OnlyNew(Exception):
    def __new__(cls, *args, **kw):
        inst = super().__new__(cls, *args, **kw)
        inst.kw = kw
        return inst

attempt("ValueError(x=1)", lambda: ValueError(x=1))
attempt("ValueError(1, x=1)", lambda: ValueError(1, x=1))
attempt("WithKw(1, b=3)", lambda: WithKw(1, b=3))
attempt("WithKw(a=1)", lambda: WithKw(a=1))
attempt("WithKwSuper(1, b=3)", lambda: WithKwSuper(1, b=3))
attempt("NoInit(k=1)", lambda: NoInit(k=1))
attempt("OnlyNew(1, k=2)", lambda: OnlyNew(1, k=2))
attempt("OnlyNew(1)", lambda: OnlyNew(1))
attempt("KeyError(k=1)", lambda: KeyError(k=1))
attempt("SystemExit(code=1)", lambda: SystemExit(code=1))
attempt("BaseException(a=1)", lambda: BaseException(a=1))
w = WithKw(1, b=9)
print(w.b, w.args, str(w), repr(w))
print(repr(WithKw(a=5)))
attempt("Exception.__new__(Exception, 1, k=2)", lambda: Exception.__new__(Exception, 1, k=2))
attempt("Exception.__new__(int)", lambda: Exception.__new__(int))
attempt("ValueError.__new__(KeyError, 'x')", lambda: ValueError.__new__(KeyError, "x"))

# __new__ called directly or through super()
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r.args)
    except Exception as err:
        print(label, "->", type(err).__name__ + ":", err)
class E(Exception):
    def __new__(cls, *a):
        return Exception.__new__(cls, *a)
attempt("E", lambda: E(1))
class F(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
    def __init__(self, *a, **k):
        self.k = k
attempt("F", lambda: F(1, k=2))
print(F(1, k=2).k)
attempt("V.new", lambda: ValueError.__new__(ValueError))
attempt("BE.new", lambda: BaseException.__new__(BaseException, 1))
class G(KeyError):
    def __new__(cls, *a):
        return KeyError.__new__(cls, *a)
attempt("G", lambda: G("k"))
class H(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)

attempt("H(1, k=2)", lambda: H(1, k=2))
attempt("E(k=1)", lambda: E(k=1))
