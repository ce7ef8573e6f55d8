# Fixed-precision float formatting at precisions 0..30 (exact decimal expansion, ties to even)
# and the shortest round-trip repr, on edge values and values with long binary expansions.
import_vals = [0.0, 2.675, 1.005, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-10, 123456789.987654321, 1e15, 1e22, 2.0**70, 2.0**80, 5e-324, 1/3, 2/3, 0.045, 0.0049999999999999, 1e-5, 999.9999, 9.995, 0.05, 1e300, 12345.6789]
for v in import_vals:
    for p in [0, 1, 2, 3, 5, 10, 17, 20, 22, 23, 30]:
        print(f"{v:.{p}f}", "%.*f" % (p, v), format(-v, f".{p}f"), f"{v:,.{p}f}", f"{v:#.{p}f}", f"{v:.{p}%}")
more_vals = [0.1, 0.7, 1.25, 3.14159, 1e-7, 4.35, 8.675, 100.5, 0.995, 1.0000000000000002, 5e-310, 2.0**-126, 2.0**-127, 2.0**-128, 6.02e23, 7.0e21]
for v in more_vals:
    for p in range(0, 25):
        print(f"{v:.{p}f}|{v:.{p}%}|{-v:+.{p}f}")
