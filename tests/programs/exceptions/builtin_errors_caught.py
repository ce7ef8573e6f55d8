# Errors raised by ordinary operations, caught and inspected: type name, args and str.
def report(label, e):
    print(label, type(e).__name__, e.args, str(e))

try:
    1 / 0
except ZeroDivisionError as e:
    report("div", e)
try:
    7 // 0
except ZeroDivisionError as e:
    report("floordiv", e)
try:
    5 % 0
except ZeroDivisionError as e:
    report("mod", e)
try:
    1.5 / 0
except ZeroDivisionError as e:
    report("fdiv", e)
try:
    [1, 2, 3][10]
except IndexError as e:
    report("list", e)
try:
    "abc"[-4]
except IndexError as e:
    report("str", e)
try:
    (1,)[1]
except IndexError as e:
    report("tuple", e)
try:
    {"a": 1}["b"]
except KeyError as e:
    report("dict", e)
try:
    {}[(1, 2)]
except KeyError as e:
    report("dict-tuple", e)
try:
    1 + "a"
except TypeError as e:
    report("add", e)
try:
    "a" * "b"
except TypeError as e:
    report("mul", e)
try:
    len(5)
except TypeError as e:
    report("len", e)
try:
    None.upper()
except AttributeError as e:
    report("attr", e)
try:
    int("x")
except ValueError as e:
    report("int", e)
try:
    float("abc")
except ValueError as e:
    report("float", e)
try:
    undefined_name
except NameError as e:
    report("name", e)

def unbound():
    if False:
        v = 1
    return v

try:
    unbound()
except UnboundLocalError as e:
    report("unbound", e)
try:
    unbound()
except NameError as e:
    report("unbound-as-name", e)
