# Checks float '%' and 'n' types and the empty presentation type (repr-like, or 'g' with >=1 decimal).
for x in (0.0, 0.5, 1.0, 0.123456, 1.23456789, -0.0042, 12.0, 1.0 / 3):
    print(repr(x), [format(x, s) for s in ("%", ".0%", ".1%", ".3%", "10.1%", "+.2%", "#.0%")])
for x in (1.0, 10.0, 1e15, 1e16, 1e17, 1.5e16, 0.0001, 0.00001, 123.456, 1.0 / 3, 2.0 ** 70, 1e-7):
    print(repr(x), [format(x, s) for s in ("", ".1", ".2", ".3", ".5", ".12", ".17", "n", ".3n")])
print(format(1e16, ""), format(1e16, ".16"), format(1e16, ".17"), format(1e15, ".16"))
print(format(100.0, ".1"), format(100.0, ".2"), format(100.0, ".3"), format(100.0, ".4"))
print(format(12345.0, ".4"), format(12345.0, ".5"), format(12345.0, ".6"), format(12345.0, "#.6"))
print(format(1.0, "10") + "|", format(1.0, "<10") + "|", format(-1.0, "=10"), format(1.0, "010"))
print(format(0.1 + 0.2, ""), format(0.1 + 0.2, ".15"), format(0.1 + 0.2, ".16"), format(0.1 + 0.2, ".17"))
print(format(3.0, ","), format(3000.0, ","), format(3e16, ","), format(1234567.0, "_"))
print(format(5.0, "#"), format(5.0, "#.1"), format(5.0, "#.3"), format(1e20, "#"))
print(str(1e16), str(1e15), str(123456789012345678.0), str(0.0001), str(0.00001))
