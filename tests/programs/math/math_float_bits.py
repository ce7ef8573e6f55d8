# Checks frexp, ldexp (overflow, huge exponents), isfinite/isinf/isnan, isclose (keyword
# tolerances, negative tolerance error, inf/nan), nextafter and ulp on edge values.
import math
import sys

def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

INF = float("inf")
NAN = float("nan")
MAX = 1.7976931348623157e308
MIN = 2.2250738585072014e-308
TINY = 5e-324

print("--- frexp")
for v in [0, 0.0, -0.0, 1, -1, 0.5, 8.0, -3.75, 0.1, True, 10**30, MAX, MIN, TINY, -TINY, INF, -INF, NAN]:
    t(f"frexp({v!r})", lambda v=v: math.frexp(v))
t("frexp(10**400)", lambda: math.frexp(10**400))
t("frexp('1')", lambda: math.frexp('1'))
m, e = math.frexp(123.456)
print("frexp round-trip:", math.ldexp(m, e) == 123.456, type(e).__name__)

print("--- ldexp")
cases = [(1.0, 0), (1, 10), (0.5, 1), (-0.75, 4), (1.0, -1074), (1.0, -1075), (1.0, -1076), (1.5, -1074),
         (1.0, 1023), (1.0, 1024), (-1.0, 1024), (0.5, 1024), (0.0, 5000), (-0.0, 5000), (1.0, -5000),
         (-1.0, -5000), (INF, -5000), (-INF, 5), (NAN, 5), (1.0, 10**30), (1.0, -(10**30)),
         (0.0, 10**30), (-0.0, -(10**30)), (INF, 10**30), (NAN, -(10**30)), (True, True), (3, False),
         (MAX, 1), (MAX, -1), (TINY, 1074), (10**30, -100)]
for x, i in cases:
    t(f"ldexp({x!r}, {i!r})", lambda x=x, i=i: math.ldexp(x, i))
t("ldexp(1.0, 2.0)", lambda: math.ldexp(1.0, 2.0))
t("ldexp(1.0, '2')", lambda: math.ldexp(1.0, '2'))
t("ldexp('1', 2)", lambda: math.ldexp('1', 2))
t("ldexp(1.0)", lambda: math.ldexp(1.0))
t("ldexp(10**400, -2000)", lambda: math.ldexp(10**400, -2000))

print("--- isfinite / isinf / isnan")
for v in [0, -0.0, 1.5, True, 10**30, MAX, TINY, INF, -INF, NAN, -NAN]:
    print(f"  {v!r}: isfinite={math.isfinite(v)} isinf={math.isinf(v)} isnan={math.isnan(v)}")
t("isfinite(10**400)", lambda: math.isfinite(10**400))
t("isnan('nan')", lambda: math.isnan('nan'))
t("isinf()", lambda: math.isinf())

print("--- isclose")
t("isclose(1, 1)", lambda: math.isclose(1, 1))
t("isclose(1.0, 1.0 + 1e-10)", lambda: math.isclose(1.0, 1.0 + 1e-10))
t("isclose(1.0, 1.0 + 1e-8)", lambda: math.isclose(1.0, 1.0 + 1e-8))
t("isclose(1, 1.1, rel_tol=0.1)", lambda: math.isclose(1, 1.1, rel_tol=0.1))
t("isclose(1, 1.1, rel_tol=0.05)", lambda: math.isclose(1, 1.1, rel_tol=0.05))
t("isclose(0, 1e-10)", lambda: math.isclose(0, 1e-10))
t("isclose(0, 1e-10, abs_tol=1e-9)", lambda: math.isclose(0, 1e-10, abs_tol=1e-9))
t("isclose(1, 2, abs_tol=1)", lambda: math.isclose(1, 2, abs_tol=1))
t("isclose(1, 2, rel_tol=0, abs_tol=0.999)", lambda: math.isclose(1, 2, rel_tol=0, abs_tol=0.999))
t("isclose(0.0, -0.0)", lambda: math.isclose(0.0, -0.0))
t("isclose(inf, inf)", lambda: math.isclose(INF, INF))
t("isclose(-inf, -inf)", lambda: math.isclose(-INF, -INF))
t("isclose(inf, -inf)", lambda: math.isclose(INF, -INF))
t("isclose(inf, MAX, rel_tol=1)", lambda: math.isclose(INF, MAX, rel_tol=1))
t("isclose(inf, 1, abs_tol=inf)", lambda: math.isclose(INF, 1, abs_tol=INF))
t("isclose(1, 2, abs_tol=inf)", lambda: math.isclose(1, 2, abs_tol=INF))
t("isclose(nan, nan)", lambda: math.isclose(NAN, NAN))
t("isclose(nan, 1, abs_tol=inf)", lambda: math.isclose(NAN, 1, abs_tol=INF))
t("isclose(10**30, 10**30 + 1)", lambda: math.isclose(10**30, 10**30 + 1))
t("isclose(True, 1.0)", lambda: math.isclose(True, 1.0))
t("isclose(a=1, b=1)", lambda: math.isclose(a=1, b=1))
t("isclose(1, 1, rel_tol=-1)", lambda: math.isclose(1, 1, rel_tol=-1))
t("isclose(1, 1, abs_tol=-0.5)", lambda: math.isclose(1, 1, abs_tol=-0.5))
t("isclose(1, 1, rel_tol=nan)", lambda: math.isclose(1, 1, rel_tol=NAN))
t("isclose(1, 1, 0.1)", lambda: math.isclose(1, 1, 0.1))
t("isclose(1)", lambda: math.isclose(1))
t("isclose(1, 'x')", lambda: math.isclose(1, 'x'))
t("isclose(1, 1, tol=1)", lambda: math.isclose(1, 1, tol=1))

print("--- nextafter")
cases = [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (1.0, 1.0), (0.0, -0.0),
         (-0.0, 0.0), (MAX, INF), (INF, 0.0), (-INF, 0.0), (INF, INF), (NAN, 1.0), (1.0, NAN),
         (TINY, 0.0), (-TINY, 0.0), (MIN, 0.0), (1, 2), (True, False), (10**30, INF)]
for a, b in cases:
    t(f"nextafter({a!r}, {b!r})", lambda a=a, b=b: math.nextafter(a, b))
t("nextafter(1.0)", lambda: math.nextafter(1.0))
t("nextafter(1.0, 2.0, 3.0)", lambda: math.nextafter(1.0, 2.0, 3.0))
t("nextafter('1', 2)", lambda: math.nextafter('1', 2))

print("--- ulp")
for v in [1.0, -1.0, 0.0, -0.0, 2.0, 0.1, 1e300, 10**30, True, MAX, -MAX, MIN, TINY, 2**53, INF, -INF, NAN]:
    t(f"ulp({v!r})", lambda v=v: math.ulp(v))
t("ulp('1')", lambda: math.ulp('1'))
t("ulp(10**400)", lambda: math.ulp(10**400))
