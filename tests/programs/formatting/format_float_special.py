# Checks formatting of inf, -inf, nan, negative zero, and the 3.11 'z' option.
inf = float("inf")
nan = float("nan")
for x in (inf, -inf, nan, -nan, 0.0, -0.0):
    print(repr(x), str(x), [format(x, s) for s in ("", "f", "F", "e", "E", "g", "G", "%", "+", " ", "08", "<8", "+08.2f", "#g", ".3", "n")])
print(format(inf, "=+10"), format(-inf, "010"), format(nan, "*^9"), format(inf, ","))
print(f"{-0.0:.0f} {-0.0001:.2f} {-0.4:.0f} {-1e-20:.3e} {-0.0:g}")
print(f"{-0.0:z.0f} {-0.0001:z.2f} {-0.4:z.0f} {-1e-20:z.3f} {-0.0:zg} {-0.0:z}")
print(f"{-0.0001:+z.2f} {-0.0001: z.2f} {-0.0001:z08.2f} {-1.5:z.1f} {-0.06:z.1f}")
print(f"{0.0:z} {-0.0:z.1e} {-0.0:zE} {-0.0:z%}")
print("%f %F %e %E %g %G %%" % (inf, inf, -inf, -inf, nan, nan))
print("%.2f %+f %5.1f|" % (-0.0, -0.0, -0.0))
print(str(-0.0), repr(-0.0), -0.0 == 0.0, str(0.0 * -1), str(-0.0 + 0.0), str(-0.0 - 0.0))
print(float("-0"), float("  -inf  "), float("NaN"), float("Infinity"), float("+nAn"), float("-iNF"))
try:
    format(1, "z")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "z")
except ValueError as e:
    print("ValueError:", e)
print(format(inf, ".2%"), format(-inf, "E"), format(nan, "+.1%"))
print(round(-0.4), round(-0.5), round(-0.0), str(round(-0.4, 1)), str(round(-0.04, 1)))
