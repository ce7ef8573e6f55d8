# Checks str formatting: alignment, width, precision truncation, fill chars including non-ASCII.
s = "hello"
for spec in ("", "10", "<10", ">10", "^10", "*<10", "*>10", "*^10", "^11", "^12", ".2", ".0", ".10", "8.3", ">8.3", "^9.1", "-^9", "3", "s", "10s", ".3s", "é^9", "😀>8", "0>7"):
    print(repr(spec), "[" + format(s, spec) + "]")
print("[" + format("", "5") + "]", "[" + format("", ".0") + "]", "[" + format("", "*^4") + "]")
print("[" + format("ab", "^5") + "]", "[" + format("abc", "^6") + "]", "[" + format("a", "^4") + "]")
print("[" + format("日本語", "^9") + "]", "[" + format("日本語", ".2") + "]", "[" + format("日本語", "*>5") + "]")
print("[" + format("e\u0301", ">4") + "]", len(format("e\u0301", ">4")))
print("[" + format("tab\t", ">6") + "]")
print(f"[{'x':{'{'}>3}]", f"[{'x':{'}'}<3}]")
print(f"{'abc':<{2}}|{'abc':>{0}}|")
print(format("x", "=>3"), format("x", "=<3"))
for spec in ("+", "-", " ", "=5", "05", "#", ",", "_", "d", "x", "c", "z", "5.2f"):
    try:
        print(repr(spec), format("s", spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
class S(str):
    pass
print(format(S("sub"), ">5"), type(format(S("sub"), "")).__name__)
print(str.__format__("abc", "^7") + "|")
