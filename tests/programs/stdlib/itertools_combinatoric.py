# Tests itertools.product, permutations, combinations and combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product("ab", [1, 2])))
print(list(product("ab", repeat=2)))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "xy", repeat=2))[:5])
print(len(list(product("ab", "xy", repeat=2))))
print(list(product()))
print(list(product(repeat=3)))
print(list(product("ab", repeat=0)))
print(list(product("ab", [])))
print(list(product([], "ab")))
print(list(product("a", "b", "c")))
print(list(product(range(2), range(3))))
print(["".join(p) for p in product("01", repeat=2)])
print(sum(1 for _ in product(range(4), repeat=4)))
print(list(product(iter([1, 2]), iter([3]))))
print(list(product((x for x in "pq"), repeat=2)))
try:
    product("ab", repeat=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    product(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    product("ab", repeat="2")
except TypeError as e:
    print(type(e).__name__, e)

print(list(permutations("abc")))
print(list(permutations("abc", 2)))
print(list(permutations(range(3), 1)))
print(list(permutations("abc", 0)))
print(list(permutations("abc", 4)))
print(list(permutations("")))
print(list(permutations([], 0)))
print(list(permutations([1, 1, 2])))
print(list(permutations("abcd", r=2))[:6])
print(len(list(permutations(range(5)))))
print(len(list(permutations(range(6), 3))))
print(list(permutations(iter("xy"))))
print(list(permutations("ab", None)))
try:
    permutations("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    permutations("abc", 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    permutations(3)
except TypeError as e:
    print(type(e).__name__, e)

print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("abc", 0)))
print(list(combinations("abc", 3)))
print(list(combinations("abc", 4)))
print(list(combinations("", 0)))
print(list(combinations("", 1)))
print(list(combinations([3, 1, 2], 2)))
print(list(combinations([1, 1, 1], 2)))
print(len(list(combinations(range(10), 4))))
print(list(combinations(iterable="xyz", r=2)))
print([sum(c) for c in combinations([1, 2, 3, 4], 2)])
try:
    combinations("abc", -2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    combinations("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    combinations("abc", "2")
except TypeError as e:
    print(type(e).__name__, e)

print(list(cwr("abc", 2)))
print(list(cwr(range(3), 3)))
print(list(cwr("ab", 0)))
print(list(cwr("ab", 4)))
print(list(cwr("", 0)))
print(list(cwr("", 2)))
print(list(cwr("a", 3)))
print(len(list(cwr(range(5), 3))))
print(list(cwr(iter([2, 1]), 2)))
try:
    cwr("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    cwr("abc")
except TypeError as e:
    print(type(e).__name__, e)

# results are fresh tuples; iterators are lazy and one-shot
it = combinations("abc", 2)
print(next(it), next(it))
print(list(it), list(it))
p = permutations([1, 2])
print(type(next(p)).__name__)
# a classic: all subsets
items = ["x", "y", "z"]
subsets = [c for r in range(len(items) + 1) for c in combinations(items, r)]
print(subsets)
# dice sums
counts = {}
for a, b in product(range(1, 7), repeat=2):
    counts[a + b] = counts.get(a + b, 0) + 1
print(sorted(counts.items()))
