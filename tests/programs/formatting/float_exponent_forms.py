# Exponent (e, E), general (g, G, n) and %-forms of floats at precisions 0..20: exact digits,
# ties to even, carries into a new digit (9.9995), values just below a power of ten (1e23).
vals = [0.0, 1.0, 9.9995, 9.99949999, 0.00012345, 123456.789, 1e-300, 5e-324, 1.7976931348623157e308, 2.5, 0.125, 1e16, 1e22, 1e23, 999999.5, 0.1, 1/3, 2/3, 100.0, 99.95, 9.5, 0.95, 1234.5, 1e-5, 6.02214076e23, 1.602e-19, 3.14159265358979, 2.0**60, 2.0**-30, 12345678901234567890.0]
for v in vals:
    for p in [0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 16, 17, 20]:
        print(f"{v:.{p}e}|{v:.{p}E}|{v:.{p}g}|{v:#.{p}g}|{-v:.{p}G}|{v:.{p}n}|" + "%.*e|%.*g" % (p, v, p, v))
    print(f"{v:g}|{v:e}|{v}|{v:n}|{v:10.3}")
