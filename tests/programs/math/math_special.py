# Checks math.erf/erfc/gamma/lgamma: exact values, symmetric/special inputs (0, -0.0, inf, nan),
# poles (ValueError) and overflow (OverflowError); inexact results printed to 11-12 sig. digits.
import math

INF = float("inf")
NAN = float("nan")

def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

def r(label, f, sig=12):
    # results that may differ in the last bit between implementations: keep `sig` digits
    try:
        print(label, "~>", repr(float(format(f(), "." + str(sig) + "g"))))
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

print("--- erf / erfc")
for v in [0, 0.0, -0.0, INF, -INF, NAN, 30, -30, 1e300, -1e300]:
    t(f"erf({v!r})", lambda v=v: math.erf(v))
    t(f"erfc({v!r})", lambda v=v: math.erfc(v))
t("erf(10)", lambda: math.erf(10))
t("erfc(-10)", lambda: math.erfc(-10))
for v in [0.1, 0.5, 1, True, -1, 1.5, 2, 3, -0.75, 5, 10]:
    r(f"erf({v!r})", lambda v=v: math.erf(v))
    r(f"erfc({v!r})", lambda v=v: math.erfc(v))
t("erf(1) + erfc(1) ~ 1", lambda: abs(math.erf(1) + math.erfc(1) - 1.0) < 1e-15)
t("erf(-0.3) == -erf(0.3)", lambda: math.erf(-0.3) == -math.erf(0.3))
t("erf('1')", lambda: math.erf('1'))
t("erfc(10**400)", lambda: math.erfc(10**400))
t("erf()", lambda: math.erf())

print("--- gamma")
for v in [1, 2, 3, 4, 5, 6, 10, 15, 20, 23, 1.0, 7.0, True]:
    t(f"gamma({v!r})", lambda v=v: math.gamma(v))
t("gamma(23) == float(factorial(22))", lambda: math.gamma(23) == float(math.factorial(22)))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.1, 3.7, 24, 30, 100.5, 170, 171.5, -2.5, -10.5, 1e-300]:
    r(f"gamma({v!r})", lambda v=v: math.gamma(v), 11)
t("gamma(0.5)**2 ~ pi", lambda: abs(math.gamma(0.5) ** 2 - math.pi) < 1e-14)
for v in [0, 0.0, -0.0, -1, -2, -1.0, -100, -(10**30), -1e300, INF, -INF, NAN,
          171.7, 172, 200, 1e300, -200.5, 1e-320, -1e-320]:
    t(f"gamma({v!r})", lambda v=v: math.gamma(v))
t("gamma()", lambda: math.gamma())
t("gamma('1')", lambda: math.gamma('1'))
t("gamma(10**400)", lambda: math.gamma(10**400))

print("--- lgamma")
for v in [1, 2, 1.0, 2.0, True, INF, -INF, NAN]:
    t(f"lgamma({v!r})", lambda v=v: math.lgamma(v))
for v in [0.5, 3, 4, 10, 0.1, -0.5, -1.5, -2.5, 100, 1000.5, 1e10, 1e300, 1e-300, -1e-300]:
    r(f"lgamma({v!r})", lambda v=v: math.lgamma(v), 11)
for v in [0, 0.0, -0.0, -1, -2.0, -(10**30), 1e306, 1e308, 1.7976931348623157e308, -1e306]:
    t(f"lgamma({v!r})", lambda v=v: math.lgamma(v))
t("lgamma(10**400)", lambda: math.lgamma(10**400))
t("lgamma(1, 2)", lambda: math.lgamma(1, 2))
t("lgamma(x=1)", lambda: math.lgamma(x=1))
