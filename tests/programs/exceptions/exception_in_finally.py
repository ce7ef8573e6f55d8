# An exception raised in finally replaces the one in flight (which becomes its __context__).
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")

try:
    replace()
except ValueError:
    print("got the original (wrong)")
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
    print(e.__cause__, e.__suppress_context__)

def finally_raises_after_return():
    try:
        return "value"
    finally:
        raise RuntimeError("finally beats return")

try:
    print(finally_raises_after_return())
except RuntimeError as e:
    print("caught", repr(e), e.__context__)

def handled_then_finally():
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    finally:
        raise TypeError("in finally")

try:
    handled_then_finally()
except TypeError as e:
    print("context after handled:", repr(e.__context__))

def handler_raises_then_finally_raises():
    try:
        raise ValueError(1)
    except ValueError:
        raise KeyError(2)
    finally:
        raise IndexError(3)

try:
    handler_raises_then_finally_raises()
except IndexError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
    print(e.__context__.__context__.__context__)

def finally_handles_own():
    out = []
    try:
        raise ValueError("kept")
    finally:
        try:
            raise KeyError("local")
        except KeyError:
            out.append("local handled")
        print(out)

try:
    finally_handles_own()
except ValueError as e:
    print("original survived:", repr(e))
