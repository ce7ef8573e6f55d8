# Comparisons, membership, subset/superset tests, frozenset as key/element
a = {1, 2, 3}
b = {1, 2, 3, 4}
print(a <= b, a < b, b >= a, b > a, a == b, a != b)
print(a <= a, a < a, a >= a, a > a, a == {3, 2, 1}, a != {3, 2, 1})
print({1, 5} <= b, {1, 5} > b, {1, 5} == {5, 1.0})
print(a == frozenset([1, 2, 3]), frozenset([1, 2]) < a, a > frozenset([1]))
print(set() <= a, set() < set(), frozenset() == set())
print(2 in a, 5 in a, 2.0 in a, True in a, 0 not in a, (1,) in {(1,)})
print(a.isdisjoint({4, 5}), a.isdisjoint([3]), a.isdisjoint(()))
print(a.issubset(b), a.issubset([1, 2]), a.issubset(range(5)))
print(b.issuperset(a), a.issuperset([1, 1, 2]), a.issuperset({4}))
print(frozenset([1]).issubset(a), frozenset(b).issuperset(a))
print({1, 2} == [1, 2], {1} != (1,), a == a.copy())
d = {}
d[frozenset([1, 2])] = "one-two"
d[frozenset()] = "empty"
d[frozenset([2, 1])] = "two-one"
print(d)
print(d[frozenset({1, 2})], frozenset() in d, frozenset([3]) in d)
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s), frozenset([3]) in s, {3} in s)
print({1, 2} in s, frozenset({frozenset([1])}))
nested = frozenset([frozenset([1, 2]), frozenset([3, 4])])
print(nested)
print(frozenset([frozenset([1, 2])]) <= nested)
ss = set()
for i in range(4):
    for j in range(i, 4):
        ss.add(frozenset([i, j]))
print(len(ss), frozenset([0, 3]) in ss, frozenset([3, 0, 0]) in ss)
print(sorted([sorted(x) for x in ss]))
print(bool(set()), bool({0}), bool(frozenset()), len(frozenset([1, 1, 1])))
print(sorted({3, 1, 2}), sorted({3, 1, 2}, reverse=True), max({4, 9, 2}), min({4, 9, 2}), sum({1, 2, 3}))
print(list(enumerate(sorted({30, 10, 20}))))
