# Checks math.exp/expm1/exp2/log/log1p/log2/log10/pow/sqrt/cbrt: exact cases, special
# values (0, -0.0, inf, nan), huge ints for the logs, and domain/range error messages.
import math

def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

def r12(label, f, nd=12):
    # well-conditioned but possibly libm-dependent in the last bit: round it
    try:
        print(label, "~>", repr(round(f(), nd)))
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

INF = float("inf")
NAN = float("nan")

def s(f, v):
    try:
        return repr(f(v))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

specials = [0, 0.0, -0.0, 1, True, -1, INF, -INF, NAN, "1"]
for name in ["exp", "expm1", "exp2", "log", "log1p", "log2", "log10", "sqrt", "cbrt"]:
    f = getattr(math, name)
    print("---", name)
    print("  " + " | ".join(f"{v!r}: {s(f, v)}" for v in specials))

print("--- exact values")
t("exp(1) == e", lambda: math.exp(1) == math.e)
t("exp2(10)", lambda: math.exp2(10))
t("exp2(-1)", lambda: math.exp2(-1))
t("exp2(0.5)", lambda: math.exp2(0.5))
t("exp2(1024)", lambda: math.exp2(1024))
t("exp2(-1075)", lambda: math.exp2(-1075))
t("exp(1000)", lambda: math.exp(1000))
t("exp(-1000)", lambda: math.exp(-1000))
t("expm1(1000)", lambda: math.expm1(1000))
t("expm1(-1000)", lambda: math.expm1(-1000))
t("expm1(1e-10)", lambda: math.expm1(1e-10))
t("log1p(1e-20)", lambda: math.log1p(1e-20))
t("log(math.e)", lambda: math.log(math.e))
for lab, v in [("2", 2), ("8", 8), ("1024", 1024), ("0.5", 0.5), ("2**100", 2**100),
               ("2**1000", 2**1000), ("2**2000", 2**2000), ("2**-1074", 2**-1074), ("0.25", 0.25)]:
    t(f"log2({lab})", lambda v=v: math.log2(v))
for lab, v in [("10", 10), ("100", 100), ("1000", 1000), ("10**15", 10**15), ("0.001", 0.001),
               ("10**-5", 10**-5)]:
    t(f"log10({lab})", lambda v=v: math.log10(v))
for lab, v in [("4", 4), ("9", 9), ("16.0", 16.0), ("0.25", 0.25), ("10**30", 10**30),
               ("2**2000", 2**2000), ("1e-310", 1e-310), ("2", 2), ("10**400", 10**400)]:
    t(f"sqrt({lab})", lambda v=v: math.sqrt(v))
for v in [27, -27, 8.0, -0.125, 1000, 2]:
    r12(f"cbrt({v!r})", lambda v=v: math.cbrt(v))
r12("cbrt(10**30)", lambda: math.cbrt(10**30), 4)

print("--- log with huge ints and bases")
r12("log(10**400)", lambda: math.log(10**400))
r12("log10(10**400)", lambda: math.log10(10**400))
r12("log(10**400, 10)", lambda: math.log(10**400, 10))
r12("log(2**5000, 2)", lambda: math.log(2**5000, 2))
r12("log(10)", lambda: math.log(10))
r12("log(8, 2)", lambda: math.log(8, 2))
r12("log(100, 10)", lambda: math.log(100, 10))
r12("log(0.5, 4)", lambda: math.log(0.5, 4))
t("log(1, 10)", lambda: math.log(1, 10))
t("log(10, 1)", lambda: math.log(10, 1))
t("log(10, 1.0)", lambda: math.log(10, 1.0))
t("log(10, 0)", lambda: math.log(10, 0))
t("log(0, 10)", lambda: math.log(0, 10))
t("log(10, -2)", lambda: math.log(10, -2))
t("log(-(10**400))", lambda: math.log(-(10**400)))
t("log(1.0, 1.0)", lambda: math.log(1.0, 1.0))
t("log(INF, 2)", lambda: math.log(INF, 2))
t("log(2, INF)", lambda: math.log(2, INF))
t("log()", lambda: math.log())
t("log(1, 2, 3)", lambda: math.log(1, 2, 3))
t("log(x=1)", lambda: math.log(x=1))
t("log2(-(10**400))", lambda: math.log2(-(10**400)))
t("log1p(-2)", lambda: math.log1p(-2))
t("log1p(10**400)", lambda: math.log1p(10**400))

print("--- pow")
pairs = [(2, 10), (2, -1), (2, 0.5), (-2, 3), (-2, -3), (4, 0.5), (0, 0), (0.0, 1), (-0.0, 3),
         (-0.0, 2), (0, -1), (0.0, -1.5), (-0.0, -1), (0, -INF), (-8, 1/3), (-1, 0.5), (1, NAN),
         (NAN, 0), (NAN, 1), (1, INF), (-1, INF), (-1, -INF), (0.5, INF), (0.5, -INF), (2, INF),
         (2, -INF), (INF, -1), (INF, 0), (-INF, 3), (-INF, 2), (-INF, -3), (10, 400), (10.0, 308),
         (10, -400), (-10, 401), (2, 1023), (2, 1024), (True, 5), (10**30, 2)]
for a, b in pairs:
    t(f"pow({a!r}, {b!r})", lambda a=a, b=b: math.pow(a, b))
t("pow(10**400, 2)", lambda: math.pow(10**400, 2))
t("pow(1)", lambda: math.pow(1))
t("pow('2', 2)", lambda: math.pow('2', 2))
