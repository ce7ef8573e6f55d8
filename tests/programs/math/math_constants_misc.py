# Checks math constants (pi, e, tau, inf, nan: repr and comparisons), module/function names,
# presence of every public 3.11 math name, and TypeError messages for bad keywords/arg counts.
import math
import sys

def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

print("--- constants")
for name in ["pi", "e", "tau", "inf", "nan"]:
    v = getattr(math, name)
    print(name, repr(v), str(v), type(v).__name__, -v)
t("tau == 2 * pi", lambda: math.tau == 2 * math.pi)
t("pi / 2", lambda: math.pi / 2)
t("round(e ** 2, 12)", lambda: round(math.e ** 2, 12))
t("inf == float('inf')", lambda: math.inf == float("inf"))
t("-inf < -(10**400)", lambda: -math.inf < -(10**400))
t("inf > 10**400", lambda: math.inf > 10**400)
t("inf - inf", lambda: math.inf - math.inf)
t("inf * 0", lambda: math.inf * 0)
t("nan == nan", lambda: math.nan == math.nan)
t("nan != nan", lambda: math.nan != math.nan)
t("nan < 1, nan > 1, nan <= nan", lambda: (math.nan < 1, math.nan > 1, math.nan <= math.nan))
t("nan is nan", lambda: math.nan is math.nan)
t("nan in [nan]", lambda: math.nan in [math.nan])
t("[nan] == [nan]", lambda: [math.nan] == [math.nan])
t("max(inf, 1, -inf)", lambda: max(math.inf, 1, -math.inf))
t("3 < pi < 4", lambda: 3 < math.pi < 4)
t("pi == 3.141592653589793", lambda: math.pi == 3.141592653589793)
t("int(pi * 10**6)", lambda: int(math.pi * 10**6))
t("round(e, 3)", lambda: round(math.e, 3))
t("pi()", lambda: math.pi())
t("math.foo", lambda: math.foo)

print("--- names")
print("__name__:", math.__name__)
print("sqrt.__name__:", math.sqrt.__name__, "| repr:", repr(math.sqrt))
print("type(math.sqrt):", type(math.sqrt).__name__, "| type(math):", type(math).__name__)
print("callable(math.fsum):", callable(math.fsum), "| callable(math.pi):", callable(math.pi))
public = ["acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb",
          "copysign", "cos", "cosh", "degrees", "dist", "e", "erf", "erfc", "exp", "exp2",
          "expm1", "fabs", "factorial", "floor", "fmod", "frexp", "fsum", "gamma", "gcd",
          "hypot", "inf", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp",
          "lgamma", "log", "log10", "log1p", "log2", "modf", "nan", "nextafter", "perm", "pi",
          "pow", "prod", "radians", "remainder", "sin", "sinh", "sqrt", "tan", "tanh", "tau",
          "trunc", "ulp"]
print("count:", len(public))
print("missing:", [n for n in public if not hasattr(math, n)])
print("non-callable:", [n for n in public if not callable(getattr(math, n))])
print("3.12+ names present:", [n for n in ["sumprod", "fma"] if hasattr(math, n)])
print("getattr(math, 'hypot') is math.hypot:", getattr(math, "hypot") is math.hypot)

print("--- argument errors")
t("sqrt(x=4)", lambda: math.sqrt(x=4))
t("sqrt()", lambda: math.sqrt())
t("sqrt(1, 2)", lambda: math.sqrt(1, 2))
t("sqrt(None)", lambda: math.sqrt(None))
t("sqrt([4])", lambda: math.sqrt([4]))
t("pow(1)", lambda: math.pow(1))
t("pow()", lambda: math.pow())
t("pow(1, 2, 3)", lambda: math.pow(1, 2, 3))
t("pow(x=1, y=2)", lambda: math.pow(x=1, y=2))
t("atan2()", lambda: math.atan2())
t("copysign(x=1, y=2)", lambda: math.copysign(x=1, y=2))
t("floor(x=1.5)", lambda: math.floor(x=1.5))
t("ceil(1, 2)", lambda: math.ceil(1, 2))
t("trunc()", lambda: math.trunc())
t("trunc(1, 2)", lambda: math.trunc(1, 2))
t("factorial(n=3)", lambda: math.factorial(n=3))
t("factorial()", lambda: math.factorial())
t("isqrt(n=4)", lambda: math.isqrt(n=4))
t("log(8, base=2)", lambda: math.log(8, base=2))
t("fsum(seq=[1])", lambda: math.fsum(seq=[1]))
t("ulp(x=1.0)", lambda: math.ulp(x=1.0))
t("nextafter(x=1, y=2)", lambda: math.nextafter(x=1, y=2))
t("frexp(1, 2)", lambda: math.frexp(1, 2))
t("modf()", lambda: math.modf())
t("perm(n=5)", lambda: math.perm(n=5))
t("isclose(1, 1, rel_tol='x')", lambda: math.isclose(1, 1, rel_tol='x'))
t("degrees(1, 2)", lambda: math.degrees(1, 2))
t("exp(None)", lambda: math.exp(None))
t("exp('1.0')", lambda: math.exp('1.0'))
t("exp2(x=3)", lambda: math.exp2(x=3))
t("cbrt()", lambda: math.cbrt())
