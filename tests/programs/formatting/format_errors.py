# Checks the error messages raised for invalid format specifiers across types.
cases = [
    ("abc", "x"), ("abc", "d"), ("abc", "+"), ("abc", " 5"), ("abc", "="), ("abc", ",s"), ("abc", "_"),
    ("abc", "#"), ("abc", "05"), (12, "s"), (12, ".2"), (12, "q"), (12, "+c"), (1.5, "d"), (1.5, "x"),
    (1.5, "c"), (1.5, "s"), (1.5, "#,"), (1.5, ",n"), (True, "s"), (12, "<<<"), (12, "10.x"),
    (12, "1" * 30), (12, ".1" + "0" * 25), (1.5, "z"), ("abc", "z"), (12, ",_"), (1.5, "_,"),
    (12, ".-1"), (12, "5..2"), (1.5, "e5"), ("x", "^^^"), (12, "#z"), (1.5, "=."), (1.5, "%s"),
]
for value, spec in cases:
    try:
        result = format(value, spec)
        print(type(value).__name__, repr(spec), "->", repr(result[:20]))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(value).__name__, repr(spec), type(e).__name__ + ":", e)
for bad in ("x", "d"):
    try:
        f"{'str':{bad}}"
    except ValueError as e:
        print("f-string:", e)
try:
    "{:x}".format("str")
except ValueError as e:
    print("str.format:", e)
class Custom:
    pass
try:
    format(Custom(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format([], "s")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1j, "d")
except ValueError as e:
    print("ValueError:", e)
