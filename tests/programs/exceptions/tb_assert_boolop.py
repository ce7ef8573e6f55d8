# Uncaught assert on a boolean operation: CPython's carets sit under the last comparison.
def in_range(x, lo, hi):
    assert x >= lo and x < hi, "out of range"
    return x

print(in_range(3, 0, 10))
print(in_range(12, 0, 10))
