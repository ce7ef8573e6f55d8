# hash() of numbers, tuples, frozensets and ranges equals CPython's on 64-bit builds.
xs = [5e-324, 1e-310, -2.5e-320, 1.7976931348623157e308, -1e200, 0.5, 1/3, 2.0**60, 2.0**61, 2.0**62 + 2048, -(2.0**63), 123456789.125, 1e16, 1e22, 3.14159]
for x in xs:
    print(hash(x), hash(-x))
for n in [2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63 - 1, 2**63, 2**64, -2**63, -2**63 - 1, 10**100, -10**100, 2**61 * 3 - 1]:
    print(hash(n), hash(-n))
print(hash((1.5, "x" == "y", 2**70, (None == None, 0.0))))
print(hash(frozenset([(1, 2), 3.5, -7, 2**80])), hash(frozenset([frozenset(), frozenset([0])])))
print(hash(range(10)), hash(range(0)) == hash(range(5, 5)), hash(range(-5, 50, 3)), hash(range(10**20, 10**20 + 5)))
