# Checks trig/hyperbolic functions (exact special values, signed zeros, inf/nan, domain and
# range errors), degrees/radians, hypot with 0..n args, and dist (dimension/type errors).
import math

def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

def s(f, v):
    try:
        r = f(v)
        if math.isfinite(r) and r not in (0.0, 1.0, -1.0):
            return "~" + repr(round(r, 12))
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

INF = float("inf")
NAN = float("nan")
specials = [0, 0.0, -0.0, 1, -1, True, 0.5, -0.5, 2, 10**30, INF, -INF, NAN, "x"]
for name in ["sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(math, name)
    print("---", name)
    print("  " + " | ".join(f"{v!r}: {s(f, v)}" for v in specials))

print("--- exact-ish constants")
t("asin(1)", lambda: math.asin(1))
t("acos(-1)", lambda: math.acos(-1))
t("acos(1)", lambda: math.acos(1))
t("atan(inf)", lambda: math.atan(INF))
t("atan(-inf)", lambda: math.atan(-INF))
t("sin(pi) tiny", lambda: abs(math.sin(math.pi)) < 1e-15)
t("cos(pi)", lambda: math.cos(math.pi))
t("sinh(1000)", lambda: math.sinh(1000))
t("cosh(-1000)", lambda: math.cosh(-1000))
t("tanh(1000)", lambda: math.tanh(1000))
t("tanh(-1000)", lambda: math.tanh(-1000))
t("asinh(-0.0)", lambda: math.asinh(-0.0))
t("acosh(1)", lambda: math.acosh(1))
t("atanh(-0.0)", lambda: math.atanh(-0.0))
t("sin(1e300) finite", lambda: math.isfinite(math.sin(1e300)))
t("sin(10**400)", lambda: math.sin(10**400))
t("sin()", lambda: math.sin())
t("sin(1, 2)", lambda: math.sin(1, 2))

print("--- atan2")
vals = [0.0, -0.0, 1.0, -1.0, INF, -INF, NAN]
for y in vals:
    print(f"  y={y!r}: " + " ".join(s(lambda x: math.atan2(y, x), x) for x in vals))
t("atan2(1, 1) == pi/4", lambda: math.atan2(1, 1) == math.pi / 4)
t("atan2(0, -1) == pi", lambda: math.atan2(0, -1) == math.pi)
t("atan2(-0.0, -1) == -pi", lambda: math.atan2(-0.0, -1) == -math.pi)
t("atan2(inf, inf)", lambda: math.atan2(INF, INF))
t("atan2(-inf, -inf)", lambda: math.atan2(-INF, -INF))
t("atan2(1)", lambda: math.atan2(1))
t("atan2('1', 1)", lambda: math.atan2('1', 1))

print("--- degrees / radians")
for v in [0, -0.0, 180, math.pi, -math.pi / 2, 1, True, 10**30, INF, -INF, NAN]:
    t(f"degrees({v!r})", lambda v=v: math.degrees(v))
    t(f"radians({v!r})", lambda v=v: math.radians(v))
t("radians(180) == pi", lambda: math.radians(180) == math.pi)
t("degrees(1e308)", lambda: math.degrees(1e308))
t("degrees('x')", lambda: math.degrees('x'))

print("--- hypot")
cases = [(), (0,), (-3,), (-0.0,), (3, 4), (-3, -4), (5, 12), (1, 2, 2), (2, 3, 6), (1, 1, 1, 1),
         (0, 0, 0), (True, True), (10**30, 10**30), (1e308, 1e308), (1e308, 1e308, 1e308),
         (1.7e308, 1.7e308), (5e-324, 5e-324), (1e-320, 0.0), (INF, NAN), (NAN, INF), (NAN, -INF),
         (NAN, 1), (1, NAN), (-INF, 1), (3, 4, INF), (3, 4, NAN)]
for c in cases:
    t(f"hypot{c!r}", lambda c=c: math.hypot(*c))
t("hypot(1.0, 1.0)", lambda: math.hypot(1.0, 1.0))
t("hypot(3, '4')", lambda: math.hypot(3, '4'))
t("hypot(x=1)", lambda: math.hypot(x=1))
t("hypot(10**400)", lambda: math.hypot(10**400))

print("--- dist")
t("dist((0, 0), (3, 4))", lambda: math.dist((0, 0), (3, 4)))
t("dist([1, 2, 3], [4, 6, 3])", lambda: math.dist([1, 2, 3], [4, 6, 3]))
t("dist((1,), (-2,))", lambda: math.dist((1,), (-2,)))
t("dist((), ())", lambda: math.dist((), ()))
t("dist((1.5, 2.5), (1.5, 2.5))", lambda: math.dist((1.5, 2.5), (1.5, 2.5)))
t("dist((0, 0, 0), (2, 3, 6))", lambda: math.dist((0, 0, 0), (2, 3, 6)))
t("dist((inf, 0), (0, nan))", lambda: math.dist((INF, 0), (0, NAN)))
t("dist((nan, 0), (0, 0))", lambda: math.dist((NAN, 0), (0, 0)))
t("dist((1, 2), (1, 2, 3))", lambda: math.dist((1, 2), (1, 2, 3)))
t("dist(1, 2)", lambda: math.dist(1, 2))
t("dist((1, 2), 3)", lambda: math.dist((1, 2), 3))
t("dist(('a',), ('b',))", lambda: math.dist(('a',), ('b',)))
t("dist((1,))", lambda: math.dist((1,)))
t("dist(p=(1,), q=(2,))", lambda: math.dist(p=(1,), q=(2,)))
