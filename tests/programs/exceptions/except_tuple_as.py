# Handler matching: tuples of classes, order of handlers, base-class handlers, bare except.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-pair " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except (TypeError,) as e:
        return "type-tuple " + type(e).__name__
    except Exception as e:
        return "exception " + type(e).__name__
    except:
        return "bare"

for exc in [KeyError("a"), IndexError(1), ZeroDivisionError(), OverflowError(),
            TypeError(), ValueError(), LookupError(), SystemExit(1), KeyboardInterrupt()]:
    print(type(exc).__name__, "->", classify(exc))

def first_match_wins():
    try:
        raise KeyError("k")
    except LookupError:
        return "LookupError listed first"
    except KeyError:
        return "KeyError listed second"

print(first_match_wins())

handlers = (ValueError, ZeroDivisionError)
try:
    1 // 0
except handlers as e:
    print("tuple from variable", type(e).__name__)

which = KeyError
try:
    {}["x"]
except which as e:
    print("class from variable", repr(e))

# A handler naming something that is not an exception class is itself an error.
def bad_handler(exc, handler):
    try:
        raise exc
    except handler:
        return "matched"

for handler in [((ValueError, TypeError), KeyError), int, (KeyError, "x")]:
    try:
        print(bad_handler(TypeError("t"), handler))
    except TypeError as e:
        print("bad handler:", e, "| context:", repr(e.__context__))
# The whole tuple is checked, even when an earlier entry would match.
try:
    print(bad_handler(KeyError("k"), (KeyError, "x")))
except TypeError as e:
    print("checked whole tuple:", e)

try:
    raise ValueError("bare")
except:
    print("bare except caught it")

try:
    try:
        raise RuntimeError("not matched")
    except (KeyError, ValueError):
        print("wrong")
except RuntimeError as e:
    print("propagated", e)

class Custom(ValueError):
    pass

try:
    raise Custom("c")
except ValueError as e:
    print("base handler got subclass", type(e).__name__, isinstance(e, Custom))
