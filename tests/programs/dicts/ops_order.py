# Indexing, assignment, deletion, membership, insertion order, ==, |, |=
d = {}
d["one"] = 1
d["two"] = 2
d["three"] = 3
print(d, len(d))
print(d["two"], "two" in d, "four" in d, "four" not in d, 2 in d)
d["two"] = 22
print(d)
del d["one"]
print(d, len(d))
d["one"] = 111
print(d)
print(list(d))
for k in d:
    print(k, d[k])
d["three"] = 33
print(list(d.items()))
del d["two"]
del d["three"]
d["two"] = 2
d["three"] = 3
print(d)
print({1: 2, 3: 4} == {3: 4, 1: 2})
print({1: 2} == {1: 3}, {1: 2} != {1: 3}, {1: 2} == {1: 2, 3: 4})
print({} == {}, {1: 1} == {1.0: 1.0}, {"a": [1, 2]} == {"a": [1, 2]})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
print(a, b)
c = a
c |= b
print(c, a, c is a)
c |= [("w", 0), ("x", -1)]
print(a)
counts = {}
for ch in "mississippi":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts)
m = {}
for i in range(10):
    m[i * 7 % 10] = i
print(m)
for i in range(0, 10, 2):
    del m[i]
print(m)
for i in range(0, 10, 3):
    m[i] = -i
print(m)
print(list(m.keys()))
x = {}
for i in range(200):
    x[i] = i * i
for i in range(0, 200, 3):
    del x[i]
total = 0
for k in x:
    total += k * x[k]
print(len(x), total, list(x)[:5], list(x)[-3:])
