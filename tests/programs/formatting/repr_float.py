# Checks shortest round-trip repr/str of floats, exponent switching thresholds and special values.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345680.0, 1e-05, 0.0001,
          1.5e+300, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1 / 3, 2 / 3,
          100.0, 1234567.0, 9007199254740993.0, 0.30000000000000004, 1e-7, 123.456, 3.0e-3, 12345678901234567.0,
          float("inf"), float("-inf"), float("nan"), 2.5, 1e100, 9999999999999998.0, 0.000123, 4.35, 0.1 * 3]
for v in values:
    print(repr(v), str(v), v)
print([0.1, -0.0, float("inf")], (1e16,), {1.5: 2e-10})
print(1e16 == 10**16, 123456789012345680.0 == 123456789012345678)
print(float(10**16), float(10**15), float(2**53), float(2**63), float(-2**70))
print(1.0 * 10**22, 1.0 * 10**23, 1e300 * 1e10, -1e300 * 1e10)
print(0.1 + 0.7, 1.1 * 1.1, 3 * 1.1, 1 - 0.9, 10 / 3, 2 ** 0.5, 7 / 2, 8 / 2)
print(float("1.10"), float("  2.50  "), float("1_000.5"), float("-.5"), float("5."), float("1e-3"))
print(round(2.675, 2), round(0.125, 2), round(2.5), round(3.5), round(1.23456789, 5), round(-1.5))
print(repr(float("nan")) == "nan", str(-float("nan")))
print(1e-323, 1e-324, 2e-323, 4e-324)
print(float.__repr__(1.5), 1.5.__str__(), 1.0.__repr__())
print(sum([0.1] * 10), 0.1 * 10, 1e16 + 1, 1e16 + 2)
