# Operators and methods of set algebra, with several arguments
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
c = {5, 7, 9}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | b | c, a & b & c, a - b - c, a ^ b ^ c)
print(a.union(b), a.union(b, c), a.union([10, 11], (12,), range(2)))
print(a.intersection(b), a.intersection(b, c), a.intersection([1, 2, 99]))
print(a.difference(b), a.difference(b, c), a.difference([1], (2,)))
print(a.symmetric_difference(b), a.symmetric_difference([0, 1]))
print(a.union(), a.intersection(), a.difference())
print(a, b, c)
x = set(a)
x.update(b)
print(x)
x.update([100], (200,), {300})
print(x)
x.intersection_update(range(0, 250))
print(x)
x.intersection_update(range(0, 150), [1, 2, 3, 4, 5, 6, 100, 7])
print(x)
x.difference_update([1], {2, 3})
print(x)
x.symmetric_difference_update({4, 50, 7})
print(x)
y = {1, 2}
y |= {3}
y &= {1, 3, 4}
print(y)
y -= {1}
y ^= {9, 3}
print(y)
z = y
z |= {0}
print(y, z is y)
f = frozenset([1, 2, 3])
g = frozenset([3, 4])
print(f | g, f & g, f - g, f ^ g)
print(f.union(g), f.intersection([2, 3]), f.difference(g), f.symmetric_difference(g))
print(f | {9}, {9} | f, f & {1}, {1} & f)
print(isinstance(f | {9}, frozenset), isinstance({9} | f, set))
h = f
h |= {10}
print(f, h, h is f)
h -= {1}
h &= {2, 3, 10, 11}
h ^= {3, 12}
print(h, f)
print(f.copy() is f, frozenset(f) is f)
s = {1, 2}
print(s.copy() == s, s.copy() is s)
s.clear()
print(s, len(s))
e = set()
print(e | e, e & {1}, {1} - e, e ^ {2})
print(set(range(20)) - set(range(0, 20, 3)))
print(set(range(0, 30, 2)) & set(range(0, 30, 3)))
print(set(range(10)) ^ set(range(5, 15)))
print({-1, -2, -3} | {1, 2, 3})
print({(1, 2), (3, 4)} | {(1, 2), (5, 6)})
