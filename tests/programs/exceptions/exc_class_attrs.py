# Class attributes shadowing exception attributes, __slots__, __eq__ on exceptions, __mro__, with_traceback.
class Shadow(Exception):
    args = "class-level args"

s = Shadow("real", "args")
print(s.args)
print(str(s), repr(s))

class Slotted(Exception):
    __slots__ = ("code",)
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code

sl = Slotted(4)
print(sl.code, sl.args, str(sl))
try:
    raise Slotted(7)
except Slotted as e:
    print("slotted caught", e.code)

class WithStrAttr(Exception):
    message = "default message"
    def __str__(self):
        return self.message

w = WithStrAttr()
print(str(w), repr(w))
w.message = "instance message"
print(str(w))

class EqAll(Exception):
    def __eq__(self, other):
        return True
    __hash__ = Exception.__hash__

print(EqAll() == ValueError(), EqAll("a") in [1, 2])
try:
    raise EqAll("x")
except ValueError:
    print("never: matching is by class, not __eq__")
except EqAll as e:
    print("matched by class", e)

class Cause(Exception):
    __cause__ = "class attr cause"

c = Cause()
print(repr(c.__cause__))

class Tb(Exception):
    def with_traceback(self, tb):
        print("custom with_traceback called")
        return self

try:
    raise Tb("t")
except Tb as e:
    print("raise did not call custom with_traceback:", e.__traceback__ is not None)
print(Tb("u").with_traceback(None).args)

# __mro__ and with_traceback
class AppError(LookupError):
    pass

class DeepError(AppError, ValueError):
    pass

for cls in [KeyError, AppError, DeepError, ZeroDivisionError, SystemExit, KeyboardInterrupt, StopIteration, RecursionError, NotImplementedError, UnboundLocalError, ModuleNotFoundError, FileNotFoundError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])

try:
    raise DeepError("d")
except ValueError as e:
    print("caught as ValueError", type(e).__name__)

def fail():
    raise KeyError("x")

try:
    fail()
except KeyError as e:
    tb = e.__traceback__

n = ValueError("new")
r = n.with_traceback(tb)
print(r is n, n.__traceback__ is tb)
try:
    raise n
except ValueError as e:
    lines = []
    t = e.__traceback__
    while t is not None:
        lines.append(t.tb_lineno)
        t = t.tb_next
    print("lines", lines)

print(issubclass(DeepError, LookupError), issubclass(DeepError, ArithmeticError))
print(DeepError.__bases__ == (AppError, ValueError), AppError.__base__ is LookupError)
print(type(DeepError("x")).__mro__[1].__name__)
