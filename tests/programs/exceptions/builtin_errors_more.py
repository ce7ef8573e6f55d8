# More operations that raise, caught through their base classes where possible.
import math

def attempt(label, f):
    try:
        result = f()
    except LookupError as e:
        print(label, "lookup", type(e).__name__, repr(e))
    except ArithmeticError as e:
        print(label, "arith", type(e).__name__, repr(e))
    except (TypeError, ValueError) as e:
        print(label, "type/value", type(e).__name__, repr(e))
    except Exception as e:
        print(label, "other", type(e).__name__, repr(e))
    else:
        print(label, "ok", repr(result))

attempt("remove", lambda: [1, 2].remove(3))
attempt("pop", lambda: [].pop())
attempt("dictpop", lambda: {}.pop("k"))
attempt("popitem", lambda: {}.popitem())
attempt("index", lambda: [1, 2].index(9))
attempt("strindex", lambda: "abc".index("z"))
attempt("next", lambda: next(iter([])))
attempt("intbase", lambda: int("12", 2))
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
attempt("hash", lambda: {[1]: 2})
attempt("call", lambda: len())
five = 5
attempt("notcallable", lambda: five())
attempt("exp", lambda: math.exp(1000))
attempt("sqrt", lambda: math.sqrt(-1))
attempt("infint", lambda: int(float("inf")))
attempt("nanint", lambda: int(float("nan")))
attempt("chr", lambda: chr(-1))
attempt("setremove", lambda: set().remove(1))
attempt("getattr", lambda: getattr(3, "nope"))
attempt("compare", lambda: 1 < "a")
attempt("fine", lambda: {"a": 1}.get("b", 0))
attempt("divmod", lambda: divmod(1, 0))
attempt("pow", lambda: 0 ** -1)
