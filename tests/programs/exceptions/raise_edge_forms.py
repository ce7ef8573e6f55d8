# Unusual raise forms: classes whose __init__ raises, from non-exceptions, bare raise with nothing active, context cycles.
def attempt(label, fn):
    try:
        fn()
    except BaseException as e:
        cause = e.__cause__
        print(label, "->", type(e).__name__ + ":", e, "| cause", repr(cause), "| suppress", e.__suppress_context__)

class InitFails(Exception):
    def __init__(self):
        raise KeyError("init failed")

def r1():
    raise InitFails
def r2():
    raise ValueError from KeyError
def r3():
    raise ValueError("v") from 5
def r4():
    raise 5
def r5():
    raise
def r6():
    raise ValueError("v") from None
def r7():
    raise int
def r8():
    raise ValueError("v") from TypeError
def r9():
    raise ValueError("v") from InitFails
def r10():
    e = ValueError("reuse")
    try:
        raise e
    except ValueError:
        raise e from e
def r11():
    class NotInst(Exception):
        def __new__(cls, *a):
            return 42
    raise NotInst
def r12():
    raise Exception.__class__

for i, f in enumerate([r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12]):
    attempt("r" + str(i + 1), f)

try:
    try:
        raise ValueError("x")
    except ValueError as e:
        raise e
except ValueError as e2:
    print("self context?", e2.__context__)

a = KeyError("a")
b = KeyError("b")
try:
    try:
        raise a
    except KeyError:
        try:
            raise b
        except KeyError:
            raise a
except KeyError as e:
    print("cycle broken:", repr(e), repr(e.__context__), repr(e.__context__.__context__))
