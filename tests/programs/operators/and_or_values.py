# and/or return one of their operands
print(0 or "x")
print([] and 1)
print(None or 0)
print(1 and 2, 0 and 2, 1 or 2, 0 or 0.0)
print("" or "default", "set" or "default")
print([] or [1], [0] or [1], () or "t")
print(None and 1, 1 and None, None or None)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [] or "last")
print(0 or 1 and 2, (0 or 1) and 2, 1 or 2 and 0)
print(not 0 or 5, not (0 or 5), not 1 and 2)
print(0.0 or -0.0, -0.0 or 0.0, 1.5 and "x")
print(repr("" and "x"), repr("a" and ""))
x = 3
print(x > 0 and "positive" or "non-positive")
x = -1
print(x > 0 and "positive" or "non-positive")
def noisy(v):
    print("evaluated", v)
    return v
print(noisy(0) and noisy(1))
print(noisy(1) and noisy(2))
print(noisy(0) or noisy(3))
print(noisy(4) or noisy(5))
print(noisy(0) or noisy("") or noisy("end"))
r = noisy(1) < noisy(0) < noisy(9)
print(r)
