# Every dict method
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"))
print(d)
lst = {}
lst.setdefault("k", []).append(1)
lst.setdefault("k", []).append(2)
print(lst)
print(d.pop("d"), d)
print(d.pop("zz", "default"), d.pop("a", "default"), d)
d["e"] = 5
d["f"] = 6
print(d.popitem(), d)
print(d.popitem(), d)
d.update({"x": 10, "b": 20})
print(d)
d.update([("y", 11), ("c", 30)])
print(d)
d.update(z=12, x=100)
print(d)
d.update({"w": 0}, v=-1)
print(d)
d.update()
print(d)
print(d.keys())
print(d.values())
print(d.items())
e = d.copy()
e["new"] = 1
print(len(d), len(e), e == d, "new" in d)
nested = {"inner": [1, 2]}
shallow = nested.copy()
shallow["inner"].append(3)
print(nested, shallow)
e.clear()
print(e, len(e))
items = []
while d:
    items.append(d.popitem())
print(items)
print(d)
f = {1: "a"}
print(f.get(1.0), f.get(True), f.pop(True), f)
g = dict.fromkeys(range(5))
print(g.pop(2), g)
g[2] = "back"
print(g.popitem(), g)
