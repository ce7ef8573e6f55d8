# math functions whose last bits come from CPython's choices: the C library's asinh/acosh/
# atanh/cbrt (not Rust's), CPython's own Lanczos gamma and lgamma; hashes of 2000 results each.
import math, random
random.seed(5)
vals = [random.uniform(-50, 50) for _ in range(2000)]
for name in ["asinh", "cbrt", "exp", "log", "sin", "cos", "tan", "atan", "expm1", "log1p", "sinh", "cosh", "tanh", "erf", "gamma", "lgamma", "exp2", "log2", "log10", "sqrt", "acos", "asin", "atan2", "hypot"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            if name == "atan2" or name == "hypot":
                out.append(f(v, 1.5))
            elif name in ("acos", "asin"):
                out.append(f(v / 51))
            elif name in ("log", "log1p", "sqrt", "log2", "log10"):
                out.append(f(abs(v)))
            else:
                out.append(f(v))
        except (ValueError, OverflowError) as e:
            out.append(str(e))
    print(name, hash(tuple(out)))
random.seed(5)
vals = [random.uniform(-50, 50) for _ in range(30)] + [0.5, 1.5, 2.5, 7.3, 24.5, 150.5, -0.5, -3.7, 1e-25]
for v in vals:
    try:
        print(repr(v), repr(math.gamma(v)), repr(math.lgamma(v)))
    except (ValueError, OverflowError) as e:
        print(repr(v), e)
