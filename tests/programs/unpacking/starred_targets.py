# Starred assignment targets, nested targets, unpacking any iterable
xs = [1, 2, 3, 4, 5]
a, *rest = xs
print(a, rest)
first, *mid, last = xs
print(first, mid, last)
*init, end = xs
print(init, end)
p, q, *r = (1, 2)
print(p, q, r)
*s, t, u = [1, 2]
print(s, t, u)
h, *m, k = "ab"
print(h, m, k)
a, b, c = "xyz"
print(a, b, c)
a, b = range(2)
print(a, b)
x, *y = range(5, 10)
print(x, y, isinstance(y, list))
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]], d = ([1, [2, 3, 4]], 5)
print(a, b, c, d)
a, (b, *c), *d = 1, "hey", 7, 8
print(a, b, c, d)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
d = {}
d["a"], d["b"] = "A", "B"
print(d)
e = [0, 0]
e[0], e[1] = e[1] + 1, e[0] + 2
print(e)
x = 1
y = 2
x, y = y, x
print(x, y)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
a = b = c = [0]
a, b = b, [1]
print(a, b, c, a is c)
*w, = [1, 2]
print(w)
[v] = [42]
(only,) = "z"
print(v, only)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for a, *b in [(1, 2, 3), (4,), "xy"]:
    print(a, b)
for (a, b), c in {(1, 2): 3, (4, 5): 6}.items():
    print(a, b, c)
for idx, (ch, n) in enumerate(zip("ab", [10, 20])):
    print(idx, ch, n)
big = tuple(range(10))
a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 = big
print(a0 + a9, a4 * a5, a8)
head, *_, tail = range(1000)
print(head, tail, len(_))
one, two = {7: "a", 8: "b"}.values()
print(one, two)
s1, s2 = sorted({3, 1})
print(s1, s2)
