# bool() of many values
vals = [0, 1, -1, 0.0, -0.0, 0.5, "", "a", " ", "0", [], [0], [[]], (), (0,), None, True, False, 2 ** 100, float("nan")]
for v in vals:
    print(repr(v), bool(v))
print(bool(), bool(0 == 0), bool(1 - 1))
print(bool(range(0)), bool(range(3)))
print(True, False, repr(True), str(False))
print(True and 1, bool(True and 1))
print(bool("False"), bool([False]))
print(not None, not [], not [[]])
