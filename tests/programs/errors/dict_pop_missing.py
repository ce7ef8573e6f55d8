# KeyError from dict.pop without a default
d = {"a": 1, "b": 2}
print(d.pop("a"))
print(d.pop("x", None))
print(d)
print(d.pop("x"))
