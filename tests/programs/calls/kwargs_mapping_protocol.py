# ** in calls accepts any mapping as CPython's dict_merge reads it: a dict subclass's entries
# directly (no __getitem__/__missing__), other objects through keys() and obj[key]; the errors.
class D(dict):
    def __missing__(self, key):
        return "missing"
    def __getitem__(self, key):
        return "via getitem"


class M:
    def __init__(self, data):
        self.data = data
    def keys(self):
        return list(self.data)
    def __getitem__(self, key):
        return self.data[key] * 10


def f(**kw):
    return sorted(kw.items())


print(f(**D(a=1, b=2)))
print(f(**M({"x": 1, "y": 2})))
print(dict(**M({"z": 3})), "{x}-{y}".format(**M({"x": 1, "y": 2})))
try:
    f(**M({1: 2}))
except TypeError as e:
    print("TypeError:", e)
try:
    f(**5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**M({"a": 1}), a=2)
except TypeError as e:
    print("TypeError:", e)
class NoKeys:
    def __getitem__(self, k): return 1
try:
    f(**NoKeys())
except TypeError as e:
    print("TypeError:", e)
