# Checks math.fsum (exact rounding, cancellation, inf/nan, overflow messages, ints, iterables)
# and math.prod (empty, start=, ints/floats/big ints/mixed, errors), plus sum vs fsum.
import math

def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

INF = float("inf")
NAN = float("nan")
MAX = 1.7976931348623157e308

print("--- fsum")
cases = [
    ("[]", []),
    ("[0.1]*10", [0.1] * 10),
    ("[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]", [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
    ("[1e308, 1e308, -1e308]", [1e308, 1e308, -1e308]),
    ("[1.0, 1e-16, 1e-16]", [1.0, 1e-16, 1e-16]),
    ("[2.0**53, -0.5, -2.0**-54]", [2.0**53, -0.5, -2.0**-54]),
    ("[2.0**53, 1.0, 2.0**-100]", [2.0**53, 1.0, 2.0**-100]),
    ("[2.0**53 + 10.0, 1.0, 2.0**-100]", [2.0**53 + 10.0, 1.0, 2.0**-100]),
    ("[1.0, 2.0, 3.0]", [1.0, 2.0, 3.0]),
    ("[1, 2, 3]", [1, 2, 3]),
    ("[True, True, 0.5]", [True, True, 0.5]),
    ("[10**30, 1.0, -(10**30)]", [10**30, 1.0, -(10**30)]),
    ("[-0.0]", [-0.0]),
    ("[-0.0, -0.0]", [-0.0, -0.0]),
    ("[0.0, -0.0]", [0.0, -0.0]),
    ("[1e-320, 1e-320]", [1e-320, 1e-320]),
    ("[inf, 1.0]", [INF, 1.0]),
    ("[inf, inf]", [INF, INF]),
    ("[-inf, -inf, 5]", [-INF, -INF, 5]),
    ("[nan, 1.0]", [NAN, 1.0]),
    ("[inf, nan]", [INF, NAN]),
    ("[inf, -inf]", [INF, -INF]),
    ("[-inf, 1.0, inf]", [-INF, 1.0, INF]),
    ("[MAX, MAX]", [MAX, MAX]),
    ("[MAX, MAX, -MAX]", [MAX, MAX, -MAX]),
    ("[-MAX, -MAX]", [-MAX, -MAX]),
    ("[MAX, 1e292]", [MAX, 1e292]),
    ("[1e308, 1e308]", [1e308, 1e308]),
    ("[10**400]", [10**400]),
    ("['a']", ['a']),
    ("[1, None]", [1, None]),
]
for label, xs in cases:
    t(f"fsum({label})", lambda xs=xs: math.fsum(xs))
t("fsum(range(1, 101))", lambda: math.fsum(range(1, 101)))
t("fsum(x / 10 for x in range(10))", lambda: math.fsum(x / 10 for x in range(10)))
t("fsum((0.1, 0.2, 0.3))", lambda: math.fsum((0.1, 0.2, 0.3)))
t("fsum({1.5: 0, 2.5: 0})", lambda: math.fsum({1.5: 0, 2.5: 0}))
t("fsum(5)", lambda: math.fsum(5))
t("fsum()", lambda: math.fsum())
t("fsum([1], [2])", lambda: math.fsum([1], [2]))
t("fsum('12')", lambda: math.fsum('12'))

print("--- sum vs fsum")
for label, xs in [("[0.1]*10", [0.1] * 10), ("[0.1, 0.2, 0.3]", [0.1, 0.2, 0.3]),
                  ("[1e16, 1.0, -1e16]", [1e16, 1.0, -1e16]),
                  ("[1.0] + [1e-16]*10", [1.0] + [1e-16] * 10),
                  ("[0.1]*3 + [-0.3]", [0.1] * 3 + [-0.3])]:
    a = sum(xs)
    b = math.fsum(xs)
    print(f"  {label}: sum={a!r} fsum={b!r} equal={a == b}")

print("--- prod")
t("prod([])", lambda: math.prod([]))
t("prod(())", lambda: math.prod(()))
t("prod([], start=5)", lambda: math.prod([], start=5))
t("prod([], start=2.5)", lambda: math.prod([], start=2.5))
t("prod([1, 2, 3, 4])", lambda: math.prod([1, 2, 3, 4]))
t("prod(range(1, 21))", lambda: math.prod(range(1, 21)))
t("prod(range(1, 31))", lambda: math.prod(range(1, 31)))
t("prod([2**62, 2**62])", lambda: math.prod([2**62, 2**62]))
t("prod([10**30, 10**30, -1])", lambda: math.prod([10**30, 10**30, -1]))
t("prod([-3, 7], start=-2)", lambda: math.prod([-3, 7], start=-2))
t("prod([1.5, 2.0, 4])", lambda: math.prod([1.5, 2.0, 4]))
t("prod([2, 3, 0.5])", lambda: math.prod([2, 3, 0.5]))
t("prod([0.1, 0.1, 0.1])", lambda: math.prod([0.1, 0.1, 0.1]))
t("prod([True, True])", lambda: math.prod([True, True]))
t("prod([True, 3])", lambda: math.prod([True, 3]))
t("prod([False, 3.5])", lambda: math.prod([False, 3.5]))
t("prod([2, 3], start=1.0)", lambda: math.prod([2, 3], start=1.0))
t("prod([1e200, 1e200])", lambda: math.prod([1e200, 1e200]))
t("prod([inf, 0])", lambda: math.prod([INF, 0]))
t("prod([inf, -2])", lambda: math.prod([INF, -2]))
t("prod([nan, 0])", lambda: math.prod([NAN, 0]))
t("prod([-0.0, 5])", lambda: math.prod([-0.0, 5]))
t("prod([10**400, 1.0])", lambda: math.prod([10**400, 1.0]))
t("prod(x for x in [2, 5, 7])", lambda: math.prod(x for x in [2, 5, 7]))
t("prod(['ab', 3])", lambda: math.prod(['ab', 3]))
t("prod([3, 'ab'])", lambda: math.prod([3, 'ab']))
t("prod([2, 3], start=[0])", lambda: math.prod([2, 3], start=[0]))
t("prod(['a'], start='b')", lambda: math.prod(['a'], start='b'))
t("prod([2, 3], start=None)", lambda: math.prod([2, 3], start=None))
t("prod(5)", lambda: math.prod(5))
t("prod()", lambda: math.prod())
t("prod([1], 2)", lambda: math.prod([1], 2))
t("prod([1], begin=2)", lambda: math.prod([1], begin=2))
t("prod(iterable=[1, 2])", lambda: math.prod(iterable=[1, 2]))
