# Forms of raise: a class, an instance, bare re-raise, and re-raise from a called function.
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, type(e) is ValueError)

try:
    raise ValueError("with message", 7)
except ValueError as e:
    print("instance raised:", repr(e))

err = KeyError("prebuilt")
try:
    raise err
except KeyError as e:
    print("same object:", e is err)

def reraise():
    try:
        raise TypeError("inner")
    except TypeError:
        print("handling, then re-raising")
        raise

try:
    reraise()
except TypeError as e:
    print("re-raised:", repr(e))

def helper_reraise():
    raise

def uses_helper():
    try:
        raise IndexError("via helper")
    except IndexError:
        helper_reraise()

try:
    uses_helper()
except IndexError as e:
    print("helper re-raised:", repr(e))

def reraise_as_named():
    try:
        raise AttributeError("named")
    except AttributeError as exc:
        raise exc

try:
    reraise_as_named()
except AttributeError as e:
    print("raise exc:", repr(e), e.__context__)

def reraise_after_inner_handled():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise

try:
    reraise_after_inner_handled()
except ValueError as e:
    print("bare raise restores outer:", repr(e))
except KeyError as e:
    print("wrong one:", repr(e))

def raise_in_expression(flag):
    if flag:
        raise RuntimeError("flag " + str(flag))
    return "no raise"

for flag in [0, 1, 2]:
    try:
        print(raise_in_expression(flag))
    except RuntimeError as e:
        print("caught", e)

class Thrower:
    def __init__(self):
        raise LookupError("from __init__")

try:
    Thrower()
except LookupError as e:
    print("constructor raised:", repr(e))

try:
    raise BaseException("base")
except Exception:
    print("wrong: Exception caught BaseException")
except BaseException as e:
    print("BaseException caught:", repr(e))
