# Implicit chaining: an exception raised while handling another gets it as __context__.
def show(label, e):
    print(label, repr(e), "context=" + repr(e.__context__), "cause=" + repr(e.__cause__),
          "suppress=" + str(e.__suppress_context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    show("handler", e)

try:
    try:
        [][0]
    except IndexError:
        {}["missing"]
except KeyError as e:
    show("operation error", e)

def cleanup_fails():
    try:
        raise KeyError("primary")
    except KeyError:
        undefined_function()

try:
    cleanup_fails()
except NameError as e:
    show("nameerror", e)

# Three levels deep
try:
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)

# No context when the handler has already finished
try:
    raise ValueError("handled")
except ValueError:
    pass
try:
    raise TypeError("later")
except TypeError as e:
    show("after handler", e)

# Re-raising the exception being handled does not make it its own context
try:
    try:
        raise ValueError("self")
    except ValueError as inner:
        raise inner
except ValueError as e:
    show("reraise self", e)

# Raising a previously caught exception inside another handler
saved = None
try:
    raise KeyError("saved")
except KeyError as exc:
    saved = exc
try:
    try:
        raise IndexError("current")
    except IndexError:
        raise saved
except KeyError as e:
    show("saved raised in handler", e)
    print(e is saved)

# Context is set even when an explicit cause is given
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise RuntimeError("x") from TypeError("cause")
except RuntimeError as e:
    show("both", e)

# Context set in a function called from the handler
def fails():
    raise AttributeError("in callee")

try:
    try:
        raise ValueError("outer")
    except ValueError:
        fails()
except AttributeError as e:
    show("callee", e)
