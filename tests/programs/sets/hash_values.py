# hash() of ints, floats, bools, tuples, frozensets and ranges
for v in [0, 1, -1, -2, 2, 100, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 100, -(2 ** 100), 10 ** 30, -(2 ** 61)]:
    print("int", v, hash(v))
for v in [0.0, -0.0, 1.0, 0.5, -0.5, 1.5, 0.1, 3.14159, 1e100, -1e100, 1e-300, 2.0 ** 61, float("inf"), float("-inf")]:
    print("float", v, hash(v))
print(hash(True), hash(False))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 70) == hash(2.0 ** 70), hash(-1) == hash(-2))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((1,)), hash((-1,)), hash((0, 0)))
print(hash((1.0, 2)) == hash((1, 2)), hash((True, (0.0, 2))) == hash((1, (0, 2))))
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset([1])), hash(frozenset([(1, 2), 3])))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(range(10)), hash(range(1, 10, 3)), hash(range(2, 9)))
print(hash(range(10)) == hash(range(0, 10, 1)), hash(range(0)) == hash(range(3, 3)))
print(hash(None) == hash(None), hash(2 ** 61 - 1), hash(-(2 ** 61 - 1)))
