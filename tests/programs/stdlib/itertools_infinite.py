# Tests itertools.count, cycle and repeat, always bounded by islice or zip.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 4)))
print(list(islice(count(5, 3), 4)))
print(list(islice(count(10, -2), 6)))
print(list(islice(count(0.5), 3)))
print(list(islice(count(1, 0.25), 5)))
print(list(islice(count(2.5, -1), 4)))
print(list(islice(count(start=3, step=7), 3)))
print(list(islice(count(step=2), 3)))
print(list(islice(count(-3), 5)))
print(list(islice(count(1, 0), 3)))
print(list(islice(count(2**63 - 2), 4)))
print(list(islice(count(-(2**64), 2**62), 3)))
print(list(zip("abc", count(1))))
print(list(zip(count(100, 10), "xy")))

c = count(7)
print(next(c), next(c), next(c))
print(next(iter(c)))
print(iter(c) is c)

for bad in ("a", None, [1]):
    try:
        count(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    count(1, "x")
except TypeError as e:
    print(type(e).__name__, e)

print(list(islice(cycle("abc"), 8)))
print(list(islice(cycle([1, 2]), 5)))
print(list(islice(cycle(range(3)), 0)))
print(list(islice(cycle([]), 5)))
print(list(islice(cycle(""), 5)))
print(list(zip(cycle("xy"), range(5))))
print(list(islice(cycle(x * x for x in range(4)), 10)))
print(list(islice(cycle(iter([9])), 3)))
cy = cycle([1, 2, 3])
print([next(cy) for _ in range(7)])
d = {"k1": 1, "k2": 2}
print(list(islice(cycle(d), 5)))

src = [1, 2]
cy2 = cycle(src)
print(next(cy2), next(cy2))
src.append(3)
print([next(cy2) for _ in range(4)])

try:
    cycle(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    cycle()
except TypeError as e:
    print(type(e).__name__, e)

print(list(repeat("a", 3)))
print(list(repeat(None, 2)))
print(list(repeat(7, 0)))
print(list(repeat(7, -1)))
print(list(repeat(7, -100)))
print(list(repeat([1], times=2)))
print(list(islice(repeat(4), 5)))
print(list(zip(range(3), repeat("z"))))
print(list(map(pow, range(5), repeat(2))))
print(list(map(pow, [2, 3, 4], repeat(2, 2))))
r = repeat([], 2)
a = next(r)
b = next(r)
print(a is b)
try:
    next(r)
except StopIteration as e:
    print(type(e).__name__, e)
print(len(list(repeat(0, 1000))))
print(sum(repeat(3, 10)))
print(list(repeat(object=5, times=2)))

try:
    repeat()
except TypeError as e:
    print(type(e).__name__, e)
try:
    repeat(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    repeat(1, 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    repeat(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# repeat's __length_hint__: tests/pending/stdlib/itertools_length_hint.py

# count used with enumerate-like patterns
names = ["ann", "bob", "cy"]
print(dict(zip(names, count(1))))
print([f"{i}:{n}" for i, n in zip(count(0, 5), names)])
