# Checks math.floor/ceil/trunc (ints, floats, bools, big ints, inf/nan errors),
# math.modf, math.fmod, math.copysign, math.remainder and math.fabs incl. signed zeros.
import math

def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

INF = float("inf")
NAN = float("nan")
vals = [0, 7, -7, True, False, 10**30, -(10**30), 0.0, -0.0, 2.5, -2.5, 3.7, -3.7,
        0.4, -0.4, 1e20, -1e300, 4503599627370495.5, 2.0**60, 1e-300]
def s(f, v):
    try:
        r = f(v)
        return repr(r) + ":" + type(r).__name__
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

print("--- floor/ceil/trunc")
for v in vals + [INF, -INF, NAN]:
    print(f"{v!r}: floor={s(math.floor, v)} ceil={s(math.ceil, v)} trunc={s(math.trunc, v)}")
t("floor('1')", lambda: math.floor('1'))
t("ceil(None)", lambda: math.ceil(None))
t("trunc('1')", lambda: math.trunc('1'))
t("trunc([])", lambda: math.trunc([]))
t("floor()", lambda: math.floor())

print("--- modf")
for v in [0.0, -0.0, 3.5, -3.5, 1e20, -1e20, 5, -5, True, 10**30, INF, -INF, NAN, 2.25]:
    t(f"modf({v!r})", lambda v=v: math.modf(v))
t("modf('x')", lambda: math.modf('x'))
t("modf(10**400)", lambda: math.modf(10**400))

print("--- fmod")
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (0.0, 1), (-0.0, 1),
         (6, 3), (-6, 3), (1, INF), (-1, INF), (-1, -INF), (0.0, INF), (INF, 1), (-INF, 1),
         (1, 0), (1, 0.0), (0, 0), (NAN, 1), (1, NAN), (NAN, 0), (10**30, 7), (1e300, 1e-300),
         (True, 2), (5.5, 0.5)]
for a, b in pairs:
    t(f"fmod({a!r}, {b!r})", lambda a=a, b=b: math.fmod(a, b))
t("fmod(1)", lambda: math.fmod(1))
t("fmod('1', 2)", lambda: math.fmod('1', 2))

print("--- copysign")
pairs = [(1, -0.0), (1, 0.0), (-1, 0.0), (3.5, -2), (-3.5, 2), (0.0, -1), (INF, -1), (-INF, 1),
         (NAN, -1), (1, NAN), (True, -1), (10**30, -1), (0, -0.0)]
for a, b in pairs:
    t(f"copysign({a!r}, {b!r})", lambda a=a, b=b: math.copysign(a, b))
print("copysign(1.0, -nan):", math.copysign(1.0, -NAN), "copysign(1.0, nan):", math.copysign(1.0, NAN))
t("copysign(1)", lambda: math.copysign(1))

print("--- remainder")
pairs = [(7, 3), (8, 3), (-7, 3), (5, 2), (7, 2), (-5, 2), (-7, 2), (1, 2), (3, 2), (2.5, 1),
         (3.5, 1), (-0.0, 1), (0.0, 1), (6, 3), (-6, 3), (1, INF), (-1, INF), (INF, 1), (1, 0),
         (1, 0.0), (NAN, 1), (1, NAN), (10**30, 7), (5.25, -2), (1e300, 3)]
for a, b in pairs:
    t(f"remainder({a!r}, {b!r})", lambda a=a, b=b: math.remainder(a, b))
t("remainder(1)", lambda: math.remainder(1))

print("--- fabs")
for v in [0, -0.0, 0.0, -3, 3.5, -3.5, True, -(10**30), INF, -INF, NAN, -1e-320]:
    t(f"fabs({v!r})", lambda v=v: math.fabs(v))
t("fabs(10**400)", lambda: math.fabs(10**400))
t("fabs('1')", lambda: math.fabs('1'))
t("fabs(None)", lambda: math.fabs(None))
