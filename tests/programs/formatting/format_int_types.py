# Checks int presentation types b c d o x X n and none, with negative numbers, bools and big ints.
for n in (0, 1, 7, 8, 10, 15, 16, 255, 256, -1, -255, 2**64):
    print(n, [format(n, t) for t in ("b", "d", "o", "x", "X", "n", "")])
print([format(c, "c") for c in (65, 97, 48, 32, 0x263A, 0x1F600, 233)])
print(repr(format(0, "c")), repr(format(10, "c")))
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
try:
    format(0x110000, "c")
except OverflowError as e:
    print("OverflowError:", e)
print(format(True, "b"), format(False, "x"), format(True, ""), format(True, "5"), repr(format(True, "c")))
# int with float presentation types converts to float
print(format(7, "f"), format(7, ".2e"), format(7, "g"), format(7, "%"), format(7, ".1%"), format(10**17, "g"))
print(format(12, "E"), format(-3, "F"), format(2**60, "G"), format(2**60, ".3f"))
print("s is an error for int:")
for spec in ("s", "r", "j", "z", "5.2d", ".2", "a", "=^"):
    try:
        print(spec, format(123, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
print(format(-0x7FFFFFFFFFFFFFFFFFFF, "x"), format(10**30, "o"))
print(str(10**40), format(-10**40, "_"))
print(format(5, "d"), int.__format__(5, ""), int.__format__(5, "x"))
