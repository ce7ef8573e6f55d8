# __missing__ on a dict subclass: used by d[k] only, not by get/in.
class Default(dict):
    def __missing__(self, key):
        print("missing", repr(key))
        value = len(str(key))
        self[key] = value
        return value


d = Default(a=1)
print(d["a"], d["hello"], d["hello"], d.get("zz"), "zz" in d, d.get("a"))
print(d, len(d), type(d).__name__, isinstance(d, dict))


class Zero(dict):
    def __missing__(self, key):
        return 0


z = Zero()
for ch in "mississippi":
    z[ch] += 1
print(sorted(z.items()), z["q"], "q" in z)
