# __traceback__: line numbers, tb_next chains and with_traceback(None).
e = ValueError("never raised")
print("unraised traceback:", e.__traceback__)

try:
    raise ValueError("here")
except ValueError as err:
    tb = err.__traceback__
    print("lineno", tb.tb_lineno, "next", tb.tb_next)

def inner():
    raise KeyError("deep")

def middle():
    inner()

try:
    middle()
except KeyError as err:
    tb = err.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("chain of line numbers", lines)

try:
    try:
        1 / 0
    except ZeroDivisionError as err:
        stripped = err.with_traceback(None)
        print("with_traceback returns self:", stripped is err, stripped.__traceback__)
        raise stripped
except ZeroDivisionError as err:
    print("re-raised gets a new traceback:", err.__traceback__.tb_lineno, err.__traceback__.tb_next)

saved = None
try:
    inner()
except KeyError as err:
    saved = err
print("kept after handler:", saved.__traceback__ is not None, saved.__traceback__.tb_next.tb_lineno)

other = RuntimeError("copy")
other.with_traceback(saved.__traceback__)
print("borrowed traceback:", other.__traceback__ is saved.__traceback__)
other.__traceback__ = None
print("assigned None:", other.__traceback__)

try:
    other.__traceback__ = "not a traceback"
except TypeError as err:
    print("TypeError:", err)

try:
    other.with_traceback(5)
except TypeError as err:
    print("TypeError:", err)

def reraiser():
    try:
        middle()
    except KeyError:
        raise

try:
    reraiser()
except KeyError as err:
    tb = err.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("bare raise keeps frames", lines)
