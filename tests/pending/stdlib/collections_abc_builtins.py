# collections.abc's one-method ABCs on built-in types that CPython recognises through the
# subclass hooks (the methods listed in the types' __dict__), and dict()/update()/** over a
# MutableMapping that is not a dict.
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Sized, Callable,
                             Collection, Mapping, MutableMapping)

print("dict", [abc.__name__ for abc in (Iterable, Reversible, Sized, Collection, Mapping,
                                        MutableMapping) if isinstance({}, abc)])
print("hashable", [type(x).__name__ for x in ([], {}, set(), bytearray(), slice(1), 1, "s",
                                                (), frozenset(), None, 1.5, b"", range(1))
                   if isinstance(x, Hashable)])
print("reversible", [type(x).__name__ for x in ([], (), "", {}, range(1), {}.keys(),
                                                  {}.values(), {}.items(), set())
                     if isinstance(x, Reversible)])
print("iterators", [type(x).__name__ for x in (map(len, []), filter(None, []),
                                                enumerate([]), reversed(()),
                                                reversed({}), iter(range(1)))
                    if isinstance(x, Iterator)])


def function():
    pass


class WithCall:
    def __call__(self):
        pass


print("callable", [name for name, x in (("function", function), ("builtin", len),
                                        ("lambda", lambda: 0), ("method", [].append),
                                        ("class", int), ("instance", WithCall()),
                                        ("int", 5), ("staticmethod", staticmethod(len)))
                   if isinstance(x, Callable)])


class Store(MutableMapping):
    def __init__(self, **kwargs):
        self._d = dict(kwargs)

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store(a=1, b=2)
print(dict(s))
d = {}
d.update(s)
print(d)
print({**s, "c": 3})
