# Building dicts without literals, subscripting, membership, order and equality.
d = dict()
print(d, len(d), bool(d))
d["b"] = 1
d["a"] = 2
d[3] = [4, 5]
d[(1, 2)] = "tuple key"
print(d, len(d), bool(d))
print(d["a"], d[3], d[(1, 2)])
print("a" in d, "z" in d, 3 not in d)

# 1, 1.0 and True are one key; the first key object is kept.
n = dict()
n[1] = "int"
n[1.0] = "float"
n[True] = "bool"
print(n, n[1], n[1.0], n[True])
n[2.0] = "two"
n[2] = "TWO"
print(n)

# Overwriting keeps the position; deleting and re-adding moves to the end.
d["b"] = 100
print(d)
print(d.pop("b"))
d["b"] = 7
print(d)

# Keyword and pair construction.
print(dict(x=1, y=2))
print(dict([("a", 1), ("b", 2), ("a", 3)]))
print(dict([[1, 2], (3, 4)], z=5))
print(dict(d, extra=True))
print(dict(range(0)), dict(["ab", "cd"]))

# Equality ignores order.
e = dict(a=1, b=2)
f = dict(b=2, a=1)
print(e == f, e != f, e == dict(a=1), e == dict(a=1, b=3))
f["c"] = 3
print(e == f)
print(dict(a=[1, 2]) == dict(a=[1, 2]), dict(a=1) == dict(a=1.0))

# Nested and self-containing reprs.
outer = dict()
outer["inner"] = dict(k="v")
outer["list"] = [dict(), dict(z=0)]
print(outer)
outer["me"] = outer
print(outer)

# Many keys: growth keeps insertion order.
big = dict()
for i in range(200):
    big[i * 7 % 200] = i
keys = list(big)
print(keys[0], keys[1], keys[2], keys[199], len(big))
for i in range(0, 200, 2):
    big.pop(i)
keys = list(big)
print(keys[0], keys[1], keys[2], keys[99], len(big))
total = 0
for k in big:
    total += big[k]
print(total, sum(big), min(big), max(big))
print(tuple(dict(a=1, b=2)), list(dict.fromkeys("hello")))
