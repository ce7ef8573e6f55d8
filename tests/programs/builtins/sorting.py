# sorted() and list.sort(): stability, key=, reverse=, inconsistent orders
print(sorted([5, 2, 9, 1, 5, 6]), sorted("spindle"), sorted((3.5, -1, 2)))
print(sorted([]), sorted([1]), sorted(range(10, 0, -1)))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "kiwi"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
def lower(s):
    return s.lower()
print(sorted(words, key=lower), sorted(words, key=lower, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c"), (1, "c")]
def first(p):
    return p[0]
print(sorted(pairs, key=first), sorted(pairs, key=first, reverse=True))
print(sorted(pairs), sorted(pairs, reverse=True))
a = [3, 1, 2]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
a.sort(key=None, reverse=False)
print(a)
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]))
print(sorted([nan, 5.0, 4.0, 3.0, nan, 2.0, 1.0, nan]))
def lcg(n, seed):
    out = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % 1000)
    return out
big = lcg(3000, 7)
s = sorted(big)
ok = True
for i in range(len(s) - 1):
    if s[i] > s[i + 1]:
        ok = False
print(ok, s[slice(10)], s[slice(-5, None)])
def mod7(x):
    return x % 7
keyed = sorted(big, key=mod7)
print(keyed[slice(20)], keyed[slice(-20, None)])
mixed = []
for i in range(500):
    if i % 3 == 0:
        mixed.append(nan)
    else:
        mixed.append(float(lcg(1, i)[0]))
print(sorted(mixed)[slice(40)])
runs = list(range(100)) + list(range(50, 0, -1)) + list(range(200, 300)) + [7, 7, 7, 1]
print(sorted(runs) == sorted(runs, reverse=True)[slice(None, None, -1)], sorted(runs)[slice(0, 300, 25)])
galloping = list(range(0, 2000, 2)) + list(range(1, 200, 2)) + list(range(1500, 1600))
print(sorted(galloping)[slice(90, 120)], sorted(galloping)[slice(-5, None)])
print(sorted([True, 0, 1, False, 2, -1]), sorted([1, 1.0, True]))
print(sorted([[2, 1], [1, 5], [1, 2, 3], []]), sorted(["b", "a", "ab", ""]))
