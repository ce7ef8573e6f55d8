# Checks user __format__ methods, format() delegation, object.__format__ and bad return types.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        print("  __format__ called with", repr(spec))
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C") or spec == "":
            return format(self.c, spec[:-1] + "f" if spec else "") + "°C"
        return format(self.c, spec)
    def __str__(self):
        return "Temp(%s)" % self.c

t = Temp(21.5)
print(format(t))
print(format(t, ".1F"))
print(format(t, "C"))
print(f"{t:.0F} and {t:>8.2}")
print("{:.2F}|{!s:>12}|{}".format(t, t, t))
print(str(t))

class Plain:
    def __str__(self):
        return "plain-str"

p = Plain()
print(format(p), format(p, ""), f"{p}", "{}".format(p))
try:
    format(p, ">20")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{p:x}"
except TypeError as e:
    print("TypeError:", e)
print(f"{p!s:>12}|")
print(object.__format__(p, ""))

class BadReturn:
    def __format__(self, spec):
        return 42

try:
    format(BadReturn())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadReturn()}"
except TypeError as e:
    print("TypeError:", e)

class StrSub(str):
    pass

class ReturnsSub:
    def __format__(self, spec):
        return StrSub("sub:" + spec)
r = format(ReturnsSub(), "q")
print(r, type(r).__name__)

class Raising:
    def __format__(self, spec):
        raise ValueError("custom error for " + repr(spec))
try:
    "{:abc}".format(Raising())
except ValueError as e:
    print("ValueError:", e)

class IntSub(int):
    def __format__(self, spec):
        return "IntSub!" + spec
print(format(IntSub(5), "x"), f"{IntSub(5):>3}", "%d" % IntSub(5), str(IntSub(5)))

try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(format(None), format(None, ""), format([1, 2]), format((1,)), format({"a": 1}))
try:
    format(None, "s")
except TypeError as e:
    print("TypeError:", e)
