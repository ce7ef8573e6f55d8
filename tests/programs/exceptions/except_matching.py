# Matching except clauses: tuples, empty tuples, BaseException subclasses, clause expressions that raise.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError, TypeError) as e:
        return "tuple: " + type(e).__name__
    except () as e:
        return "empty tuple never matches"
    except (ArithmeticError) as e:
        return "arith: " + type(e).__name__
    except LookupError:
        return "lookup (unreachable for KeyError)"
    except Exception as e:
        return "other: " + type(e).__name__

for exc in [KeyError, IndexError("i"), TypeError, ZeroDivisionError, OverflowError("o"), ValueError, UnicodeError]:
    print(classify(exc))

try:
    raise ValueError
except ValueError as a:
    first = a
try:
    raise ValueError
except ValueError as b:
    second = b
print(first is second, first.args, repr(first))

handlers = [TypeError, ValueError]
try:
    int("q")
except tuple(handlers) as e:
    print("dynamic tuple", type(e).__name__)

try:
    try:
        raise KeyError("k")
    except ():
        print("never")
except KeyError as e:
    print("passed through empty tuple", repr(e))

def which(n):
    try:
        if n == 0:
            raise SystemExit(5)
        if n == 1:
            raise KeyboardInterrupt
        if n == 2:
            raise GeneratorExit
        raise Exception("plain")
    except Exception as e:
        return "Exception " + type(e).__name__
    except BaseException as e:
        return "BaseException " + type(e).__name__ + " " + repr(e.args)

for n in range(4):
    print(which(n))

class Custom(KeyError):
    pass

try:
    {}["x"]
except Custom:
    print("never")
except KeyError as e:
    print("builtin KeyError is not Custom", type(e).__name__)

try:
    raise Custom("c")
except LookupError as e:
    print("Custom caught as LookupError", repr(e), str(e))

exc_types = (ZeroDivisionError,)
for d in [1, 0]:
    try:
        print(10 // d)
    except exc_types:
        print("caught via variable tuple")

try:
    try:
        raise KeyError("n")
    except ((KeyError, IndexError), TypeError):
        print("never")
except TypeError as e:
    print("nested tuple rejected:", e)

# except expressions that raise or are not exception classes
def f(kind):
    try:
        if kind == 1:
            raise ValueError("v")
        return "no error"
    except UndefinedName:
        return "never"

print(f(0))
try:
    f(1)
except NameError as e:
    print("NameError:", e)
    print("context:", repr(e.__context__))

def g():
    try:
        raise KeyError("k")
    except (KeyError, 5):
        return "tuple with junk matched first"

try:
    print(g())
except TypeError as e:
    print("TypeError:", e)
    print("context:", repr(e.__context__))

def h():
    try:
        raise KeyError("k")
    except (5, KeyError):
        return "unreachable"

try:
    h()
except TypeError as e:
    print("TypeError:", e)
    print("context:", repr(e.__context__))

def i():
    try:
        raise KeyError("k")
    except int:
        return "no"

try:
    i()
except TypeError as e:
    print("TypeError:", e)

class NotExc:
    pass

def j():
    try:
        raise ValueError("k")
    except NotExc:
        return "no"

try:
    j()
except TypeError as e:
    print("TypeError:", e)

def k():
    try:
        return "fine"
    except 42:
        return "no"

print(k())

def m():
    count = [0]
    def pick():
        count[0] += 1
        return KeyError
    for n in range(3):
        try:
            if n == 1:
                raise KeyError(n)
        except pick():
            print("caught at", n)
    return count[0]

print("pick called", m())
