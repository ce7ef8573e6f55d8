# Bare raise in finally, after a handler, in a helper called from a handler, in __exit__ and in else.
import sys

def in_finally(fail):
    try:
        if fail:
            raise ValueError("in flight")
    finally:
        raise

for fail in [True, False]:
    try:
        in_finally(fail)
    except Exception as e:
        print(fail, type(e).__name__, e, repr(e.__context__))

def after_handler():
    try:
        raise KeyError("handled")
    except KeyError:
        pass
    raise

try:
    after_handler()
except RuntimeError as e:
    print("after handler:", e, repr(e.__context__))

def helper_reraise():
    raise

def caller():
    try:
        raise TypeError("outer active")
    except TypeError:
        helper_reraise()

try:
    caller()
except TypeError as e:
    print("helper re-raised", repr(e), repr(e.__context__))

class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            print("exit re-raising with bare raise")
            raise
        return False

try:
    with CM():
        raise IndexError("from with body")
except IndexError as e:
    print("got", repr(e), repr(e.__context__))

def nested_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            try:
                raise KeyError("second")
            except KeyError:
                pass
            raise
    except Exception as e:
        return repr(e) + " ctx " + repr(e.__context__)

print(nested_finally())

def raise_in_else():
    try:
        pass
    except Exception:
        pass
    else:
        raise

try:
    raise_in_else()
except RuntimeError as e:
    print("else:", e)

try:
    raise ValueError("module level")
except ValueError:
    try:
        raise
    except ValueError as inner:
        print("module re-raise", inner, sys.exc_info()[1] is inner)
print(sys.exc_info())
