# 1, 1.0 and True are one key; the first key object inserted survives
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {}
e[True] = "bool"
e[1] = "int"
print(e)
f = {1.0: "a", 1: "b", True: "c"}
print(f)
g = {0: "zero"}
g[False] = "false"
g[0.0] = "fz"
g[-0.0] = "negz"
print(g)
print(d[1], d[1.0], d[True], 1.0 in d, True in {1: 0}, 0 in {False: 1})
h = {True: 1}
del h[1.0]
print(h)
h[1.0] = 2
print(h)
print({1: "a", 2: "b"} == {1.0: "a", 2.0: "b"})
t = {}
t[(1, 2)] = "p"
t[(1, (2, 3))] = "q"
t[()] = "empty"
t[(1.0, 2.0)] = "p2"
print(t)
print(t[(1, 2)], t[()], (1, (2, 3)) in t, (1, 2, 3) in t)
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid)
print(grid[(2, 1)], grid[2, 0])
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
nested["a"]["e"] = {}
print(nested)
print(nested["a"]["b"]["c"] + nested["a"]["b"]["d"])
big = {2 ** 64: "big", -(2 ** 64): "neg", 2 ** 64 + 0.0: "bf"}
print(big)
print({"1": "s", 1: "i"})
fk = {frozenset([1, 2]): "fs"}
print(fk[frozenset([2, 1])])
