# Building dicts: literals, unpacking, dict() forms, dict.fromkeys
empty = {}
print(empty, len(empty), isinstance(empty, dict))
d = {"a": 1, "b": 2, "c": 3}
print(d)
print({1: "one", 2: "two", 3: "three"})
print({"x": 1, "x": 2, "y": 3, "x": 4})
a = {"p": 1, "q": 2}
b = {"q": 20, "r": 30}
print({**a, **b})
print({**b, **a})
print({**a, "q": 99, **{"s": 5}})
print({"first": 0, **a, "last": -1})
print({**{}})
print(dict())
print(dict([("a", 1), ("b", 2), ("a", 3)]))
print(dict([[1, 2], [3, 4]]))
print(dict(zip("abc", range(3))))
print(dict(x=1, y=2, z=3))
print(dict({"a": 1, "b": 2}, b=20, c=30))
print(dict([("a", 1)], a=5))
print(dict(a, q=7, t=8))
print(dict(["ab", "cd"]))
print(dict.fromkeys([3, 1, 2]))
print(dict.fromkeys("hello"))
print(dict.fromkeys(range(4), 0))
shared = dict.fromkeys(["u", "v"], [])
shared["u"].append(1)
print(shared)
c = dict(d)
c["a"] = 100
print(d, c)
print(dict(d) == d, dict(d) is d)
n = {}
n[0] = "zero"
n[-1] = "minus"
n[10 ** 20] = "big"
n[2.5] = "float"
n[None] = "none"
n[(1, 2)] = "tuple"
n["s"] = "str"
print(n)
print(len(n))
