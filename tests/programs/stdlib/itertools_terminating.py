# Tests the terminating itertools: accumulate, chain, compress, dropwhile, groupby, islice, tee, zip_longest...
import operator
from itertools import (accumulate, chain, compress, dropwhile, filterfalse, groupby,
                       islice, pairwise, starmap, takewhile, tee, zip_longest)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)))
print(list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([[1], [2], [3]])))
print(list(accumulate(range(5), lambda a, b: a - b, initial=0)))
print(list(accumulate(iterable=[2, 2, 2], func=operator.pow)))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print(type(e).__name__, e)

print(list(chain("ab", [1, 2], (), range(2))))
print(list(chain()))
print(list(chain.from_iterable(["xy", "z", ""])))
print(list(chain.from_iterable([[1, 2], [], [3]])))
print(list(chain.from_iterable(range(n) for n in range(4))))
print(list(islice(chain.from_iterable(repeat_x for repeat_x in ["ab"] * 100), 5)))
try:
    list(chain([1], 2))
except TypeError as e:
    print(type(e).__name__, e)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [True, True])))
print(list(compress("AB", [0, 1, 1, 1])))
print(list(compress(range(10), (x % 3 == 0 for x in range(10)))))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: False, [1, 2])))
print(list(takewhile(str.isdigit, "123abc456")))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))

for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in groupby([1, 1, 2, 2, 2, 1])])
print([(k, len(list(g))) for k, g in groupby("aaabcc")])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
for k, g in groupby(sorted(range(10), key=lambda x: x % 3), key=lambda x: x % 3):
    print(k, list(g))
print(list(groupby([])))
# groups become empty once the groupby advances past them
gb = groupby("aabbbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
saved = [(k, g) for k, g in groupby("xxyyz")]
print([(k, list(g)) for k, g in saved])
gb = groupby("aaabb")
k, g = next(gb)
print(k, next(g))
k, g2 = next(gb)
print(k, list(g), list(g2))
gb = groupby([1, 1, 2, 3, 3])
_, ga = next(gb)
_, gb2 = next(gb)
_, gc = next(gb)
print(list(gc), list(gb2), list(ga))

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", None)))
print(list(islice("ABCDEFG", None, None, None)))
print(list(islice("ABCDEFG", 1, 100, 3)))
print(list(islice("ABC", 5, 10)))
print(list(islice("ABC", 0)))
print(list(islice(range(10), 3, 3)))
print(list(islice(range(10), 5, 2)))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
for args in [(-1,), (1, -1), (-1, 5), (0, 5, 0), (0, 5, -1), ("a",), ("x", 2), (1, "b"), (1.0,), (0, 1, 1.5)]:
    try:
        islice("ABC", *args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    islice("ABC")
except TypeError as e:
    print(type(e).__name__, e)
try:
    islice(5, 1)
except TypeError as e:
    print(type(e).__name__, e)

print(list(pairwise("ABCDE")))
print(list(pairwise([1])))
print(list(pairwise([])))
print(list(pairwise(range(4))))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(operator.add, ["ab", "cd"])))
print(list(starmap(lambda *a: sum(a), [(), (1,), (1, 2, 3)])))
try:
    list(starmap(pow, [1, 2]))
except TypeError as e:
    print(type(e).__name__, e)

a, b = tee([1, 2, 3, 4])
print(next(a), next(a), next(a))
print(list(b), list(a))
x, y, z = tee(iter("abc"), 3)
print(next(z), list(x), list(z), list(y))
print(len(tee("ab", 5)), tee("ab", 0))
t1, t2 = tee(n * 10 for n in range(3))
print(list(zip(t1, t2)))
try:
    tee("ab", -1)
except ValueError as e:
    print(type(e).__name__, e)

print(list(zip_longest("ABCD", "xy")))
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)))
print(list(zip_longest()))
print(list(zip_longest("ab")))
print(list(zip_longest([], [], fillvalue=1)))
try:
    zip_longest([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
