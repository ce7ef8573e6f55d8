# Operators and methods build their results in CPython's order.
a = set([1, 2, 3, 4, 5, 40, 80])
b = set([4, 5, 6, 7, 8, 9, 10, 11, 12, 16, 24, 32])
f = frozenset([5, 6, 100, 200])
print(a | b, a & b, a - b, a ^ b)
print(b | a, b & a, b - a, b ^ a)
print(a | f, f | a, a & f, f & a, f - a, f ^ a)
print(a | a, a & a, a - a, a ^ a)
print(a.union(), a.union(b, f, range(3)), a.union([99, 98], (97,)))
print(a.intersection(), a.intersection(b, f), a.intersection(range(5)), a.intersection([80, 1, 80]))
print(a.difference(), a.difference(b, [1]), a.difference(range(3)), b.difference(dict.fromkeys([4, 5])))
print(a.symmetric_difference(b), a.symmetric_difference([1, 99, 1]), a.symmetric_difference(dict.fromkeys([2, 7])))
print(f.union([1]), f.intersection([5, 6]), f.difference([5]), f.symmetric_difference([1, 5]))

# Big set minus small set copies then removes; small minus big builds anew.
big = set(range(0, 400, 7))
print(big - set([7, 14, 21]))
print(set([7, 14, 9999]) - big)

# Comparisons.
print(set([1]) < set([1, 2]), set([1, 2]) < set([1, 2]), set([1, 2]) <= set([1, 2]))
print(set([1, 2]) > set([1]), set([1, 2]) >= set([3]), set([1, 2]) == frozenset([2, 1]))
print(frozenset([1]) != set([1]), set() == set(), set([1]) == [1], set([1]) != (1,))
print(a.issubset(range(100)), a.issuperset([1, 2]), a.issuperset(b), a.isdisjoint(f), a.isdisjoint([99]))
print(set().issubset([]), set([1]).issubset(set()), frozenset([2]).issuperset(frozenset()))

# In-place operators change the set; on a frozenset they make a new one.
s = set([1, 2, 3])
t = s
s |= set([4, 5])
s &= set([2, 3, 4, 5, 6])
s -= frozenset([3])
s ^= set([5, 7])
print(s, t, s is t)
g = frozenset([1, 2])
h = g
g |= frozenset([3])
print(g, h, g is h)

# The in-place methods.
s = set(range(10))
s.update([20, 21], range(30, 33))
print(s)
s.intersection_update(range(5, 40), set(range(0, 40, 2)))
print(s)
s.difference_update([6], set([8]))
print(s)
s.symmetric_difference_update([10, 11, 12])
print(s)
s.symmetric_difference_update(s)
print(s)

# Nested frozensets as members and keys.
nest = set([frozenset([1, 2]), frozenset([3])])
print(frozenset([2, 1]) in nest, set([3]) in nest, set([4]) in nest)
nest.remove(set([3]))
print(nest)
keyed = dict()
keyed[frozenset([1, 2])] = "a"
keyed[frozenset([2, 1])] = "b"
print(keyed, keyed[frozenset([1, 2])])

# Iterating over a set's elements while building another.
evens = set()
for x in range(20):
    if x % 2 == 0:
        evens.add(x * 31 % 17)
print(evens, len(evens))
print(set(evens) == evens, sum(evens), min(evens), max(evens))
