# Checks int thousands separators ',' and '_' with widths, zero padding and bases.
for n in (0, 1, 999, 1000, -1000, 123456, 1234567, -1234567890, 10**21):
    print(format(n, ","), format(n, "_"), format(n, "+,"), format(n, "015,"), format(n, "015_"))
print(format(1234, "08,"), format(1234, "09,"), format(1234, "010,"), format(-1234, "010,"))
print(format(1234567, ">15,"), format(1234567, "<15_") + "|", format(1234567, "^15,"))
print(format(0xDEADBEEF, "_x"), format(0xDEADBEEF, "_X"), format(255, "_b"), format(8**8, "_o"))
print(format(0xDEADBEEF, "#_x"), format(255, "#012_b"), format(255, "012_b"))
print(format(1234567, ",d"), format(1234567, "_d"))
print(format(12345.678, ","), format(12345.678, "_.2f"), format(-1234567.891, ",.1f"))
print(format(1e20, ","), format(1234.5, "011,.2f"), format(1234.5, "012,.2f"))
print(f"{1000000:,}", f"{1000000:_}", f"{-1_000:,}")
for spec in (",b", ",x", ",o", ",c", "_c", "_n", ",n"):
    try:
        print(spec, format(1234567, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
try:
    format(1, ",_")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "_,")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, ",,")
except ValueError as e:
    print("ValueError:", e)
