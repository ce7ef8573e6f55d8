# Checks repr of containers: nesting, 1-tuples, empty containers, recursive lists and dicts.
print(repr([]), repr(()), repr({}), repr(set()), repr(frozenset()), repr(""), repr(b""))
print(repr((1,)), repr((1, 2)), repr(((),)), repr([()]), repr(((1,),)))
print(repr([1, [2, [3, [4]]]]), repr({"a": {"b": {"c": None}}}))
print(repr({1: [1, 2], (1, 2): "t", None: True, 2.5: -0.0}))
print(repr([1, "two", 3.0, None, True, b"x", (4,), {5}, frozenset({6})]))
print(repr({1, 2, 3}), repr({(1, 2)}), repr(frozenset({7})))
print(repr(['a"b', "c'd", 'e\'f"g']))
print(str(["x"]), str(("y",)), str({"k": "v"}))
a = [1, 2]
a.append(a)
print(repr(a), str(a))
b = [a, a]
print(b)
d = {"key": 1}
d["self"] = d
print(repr(d))
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
nested = {"list": [1]}
nested["list"].append(nested)
print(nested)
dl = [{}]
dl[0]["x"] = dl
print(dl)
print([[]] * 3, [[...]], [Ellipsis], ...)
print(repr(range(5)), repr(range(1, 10, 2)), repr(slice(1, 2)), repr(slice(None)))
print([None, NotImplemented, Ellipsis])
class R:
    def __repr__(self):
        return "R<>"
print([R(), (R(),), {"r": R()}], {R()}.__len__())
print(repr([1.0, 1e16, -0.0, float("nan")]))
print(dict(a=1, b=[2, 3]), list(range(3)), tuple("ab"))
print([[1, 2], [3, 4]].__repr__(), {1: {2: {3: {}}}})
print(repr(list("abc")), repr(tuple([1])), repr(set([1])))
e = {}
e[1] = [e, {2: e}]
print(e)
print(repr([True, False]), repr((True,)), repr({False: None}))
