# Nested try statements: inner handlers, propagation outward, errors raised inside handlers.
def level(n):
    trace = []
    try:
        trace.append("outer-try")
        try:
            trace.append("inner-try")
            if n == 1:
                raise ValueError("v")
            if n == 2:
                raise TypeError("t")
            if n == 3:
                raise KeyError("k")
        except ValueError:
            trace.append("inner-value")
        except KeyError as e:
            trace.append("inner-key")
            raise IndexError("from handler")
        finally:
            trace.append("inner-finally")
        trace.append("after-inner")
    except TypeError as e:
        trace.append("outer-type:" + str(e))
    except IndexError as e:
        trace.append("outer-index:" + str(e))
        trace.append("context:" + repr(e.__context__))
    finally:
        trace.append("outer-finally")
    return trace

for n in range(4):
    print(n, level(n))

def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    except KeyError:
        print("never: KeyError handler at", n)
    finally:
        print("unwinding", n)

try:
    deep(3)
except LookupError as e:
    print("top caught", repr(e))

# Handler in a try nested inside a handler
try:
    raise ValueError("first")
except ValueError as first:
    try:
        raise TypeError("second")
    except TypeError as second:
        print("inner", repr(second), repr(second.__context__))
    print("outer still", repr(first))

# An exception in an except clause is not caught by sibling clauses
def sibling():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b")
        except KeyError:
            return "sibling caught (wrong)"
    except KeyError as e:
        return "outer caught " + repr(e)

print(sibling())
