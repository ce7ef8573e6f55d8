# cmath: every function on finite arguments (CPython's formulas: scaled sqrt, log1p near 1, the
# inverse functions), phase/polar/rect, log with a base, isclose, constants, errors.
import cmath, math
zs = [1+2j, -3+0.5j, 0.5-0.25j, -2-2j, 2, -4.0, 1j, -1j, 1e-320+1e-320j, 1e300+1e300j, 0.99+0.1j]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for z in zs:
    row = []
    for n in names:
        try:
            row.append(repr(getattr(cmath, n)(z)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(z), row)
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(3+4j), cmath.rect(2, math.pi / 2), cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 2j))
print(cmath.isfinite(1+1j), cmath.isinf(complex(1, float('inf'))), cmath.isnan(cmath.nanj), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj)
for bad in [lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.exp(1000), lambda: cmath.sqrt("x")]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
