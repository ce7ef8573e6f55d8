# dict repr with nested containers and strings needing quotes/escapes
print({"it's": 1, 'say "hi"': 2, "both ' and \"": 3})
print({"tab\there": "new\nline", "back\\slash": ""})
print({"é": "ñ", "日本": "語", "\x00": "\x7f"})
print({"list": [1, [2, 3]], "tuple": (4, (5,)), "empty": (), "dict": {"x": {}}})
print({(1, 2): [3, {4: 5}], None: True, False: None})
print({1.5: 2.25, -0.0: float("inf"), 1e300: -1e-300})
print(repr({"a": "b"}), str({"a": "b"}))
print([{"a": 1}, {}, {"b": {"c": []}}])
print(({1: 2},))
d = {"self": 0}
d["self"] = d
print(d)
l = [1]
e = {"l": l}
l.append(e)
print(e)
print(l)
print(str({}) + "!", len(repr({1: 2})))
print("%s and %r" % ({"k": "v"}, {"k": "v"}))
