# type() of every built-in kind, its __name__ and repr, and identity checks.
def f():
    return 1

values = [1, True, 1.5, "s", None, [1], (1,), {1: 2}, {1}, frozenset([1]),
          range(3), f, len, slice(1, 2), NotImplemented]
for v in values:
    t = type(v)
    print(t.__name__, repr(t), str(t))

print(type(1) is int, type(True) is bool, type(True) is int)
print(type(1.0) is float, type("") is str, type([]) is list)
print(type(()) is tuple, type({}) is dict, type(set()) is set)
print(type(None).__name__)
print(type(type) is type, type(int) is type, repr(type(type)))
print(type(object) is type, repr(object))
print(int.__name__, str.__name__, list.__name__, dict.__name__, type.__name__)
print(type(iter([1])).__name__, type(iter(range(2))).__name__)
print(type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(type(lambda: 0).__name__, type(print).__name__, type([].append).__name__)
print(type(1) == type(2), type(1) != type(1.0))
print([t.__name__ for t in (int, float, bool, str, list, object)])
d = {int: "int", str: "str"}
print(d[type(5)], d[type("x")])
