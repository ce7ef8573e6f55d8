# dict methods and views.
d = dict(a=1, b=2, c=3)
print(d.get("a"), d.get("zz"), d.get("zz", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("missing", "default"), d)
print(d.popitem(), d.popitem(), d)
d.update(dict(x=9))
d.update([("y", 8), ("a", -1)])
d.update(z=7, b=-2)
d.update()
print(d)
c = d.copy()
c["new"] = 1
print(d, c, d == c)
c.clear()
print(c, len(c))

ks = d.keys()
vs = d.values()
its = d.items()
print(ks, vs, its)
print(len(ks), len(vs), len(its))
print("a" in ks, -1 in vs, ("a", -1) in its, ("a", 1) in its, "q" in ks)
d["late"] = 0
print(ks, list(vs), list(its))
for k in ks:
    print(k, end=" ")
print()
for k, v in its:
    print(k, v, end="; ")
print()

# Set operations on views give sets (int keys: str hashes, and so set order, vary per run).
p = dict()
q = dict()
for i in range(1, 4):
    p[i] = i * 10
    q[i + 1] = i * 100
print(p.keys() & q.keys(), p.keys() | q.keys())
print(p.keys() - q.keys(), p.keys() ^ q.keys())
print(p.keys() & set([1, 99]), p.keys() - [1], [3, 4] - p.keys())
print(p.items() & dict.fromkeys([1, 2], 10).items())
print(p.keys() == set([1, 2, 3]), p.keys() == q.keys(), p.keys() <= set(range(5)))
print(p.keys() | range(10, 13), p.items() - set([(1, 10)]))

# fromkeys and the | operators.
print(dict.fromkeys(["x", "y"]), dict.fromkeys(range(3), 0))
m = dict(a=1) | dict(b=2, a=3)
print(m)
m |= dict(c=4)
m |= [("d", 5)]
print(m)

# Integer-keyed dicts behave like CPython's.
sq = dict()
for i in range(-5, 6):
    sq[i] = i * i
print(sq)
print(sq.pop(-5), sq.popitem(), len(sq))
print(dict.fromkeys(sq.values()))
