# Checks float 'e'/'E' formatting: exponent digits, precision, signs, rounding, and alternate form.
for x in (0.0, 1.0, -1.0, 12345.6789, 0.00012345, 1e100, 1.5e-100, 9.999999, 123456789.0, 5e-324, 1.7976931348623157e308):
    print(repr(x), [format(x, s) for s in ("e", "E", ".0e", ".1e", ".3e", ".10e", "+e", " .2e", "15.3e", "<15.2E", "#.0e")])
print(format(9.5, ".0e"), format(8.5, ".0e"), format(0.95, ".0e"), format(9.96, ".1e"), format(99999, ".2e"))
print(format(1e-5, "e"), format(1e5, "e"), format(1e15, ".2e"), format(2.5e-7, ".0e"))
print(format(1.0, ".20e"), format(0.1, ".25e"))
print(format(-0.0, "e"), format(-0.0, "+.1E"), format(0.0, "+.1e"))
print(format(12345, "e"), format(-12345, ".2E"), format(10**30, ".3e"))
print(format(1.23e-10, "010.2e"), format(-1.23e-10, "012.2e"), format(1.23e10, "+012.2e"))
print("%e %E %.2e %+.3e %10.1e|%-12.2E|" % (1.5, 1.5, 1234.5, 0.000123, 99.9, 0.5))
