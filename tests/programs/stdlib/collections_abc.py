# collections.abc: the ABCs, their subclass hooks, registrations of the built-in containers,
# and the mixin methods of Set, MutableSet, Mapping, MutableMapping, Sequence and
# MutableSequence.
import collections.abc
import collections
from collections.abc import (
    Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
    Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection,
    Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
    ValuesView, Sequence, MutableSequence, ByteString)

print(collections.abc.__name__, collections.abc is collections.abc)
print(sorted(collections.abc.__all__))
print(Mapping, MutableSequence, Set.__module__, Sized.__qualname__)
print(type(Mapping).__name__, Mapping.__mro__)
print(sorted(Mapping.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(sorted(Sequence.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(sorted(MutableSet.__abstractmethods__), sorted(Generator.__abstractmethods__))
print(sorted(Coroutine.__abstractmethods__), sorted(AsyncGenerator.__abstractmethods__))
print(sorted(Collection.__abstractmethods__), KeysView.__abstractmethods__)

print("--- generic aliases")
print(Mapping[str, int], Iterable[int], Sequence[str], MutableMapping[str, list])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Callable[[int], str].__args__, Mapping[str, int].__origin__ is Mapping)
for bad in (lambda: Callable[int], lambda: Callable[int, str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print("--- built-in registrations")
builtins_checks = [
    ("list", []), ("tuple", ()), ("str", ""), ("range", range(3)),
    ("set", set()), ("frozenset", frozenset()),
    ("bytes", b""), ("bytearray", bytearray()),
]
abcs = [Iterable, Reversible, Sized, Container, Collection, Sequence, MutableSequence,
        ByteString, Set, MutableSet, Mapping, MutableMapping]
for name, obj in builtins_checks:
    row = [abc.__name__ for abc in abcs if isinstance(obj, abc)]
    print(name, row)
print(issubclass(tuple, Sequence), issubclass(list, MutableSequence),
      issubclass(tuple, MutableSequence), issubclass(str, MutableSequence))
print(issubclass(dict, MutableMapping), issubclass(dict, Mapping),
      issubclass(frozenset, MutableSet), issubclass(set, Set))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView),
      isinstance({}.values(), ValuesView), isinstance({}.keys(), Set),
      isinstance({}.values(), Set), isinstance({}.keys(), MappingView))
print(isinstance(iter([]), Iterator), isinstance(iter(()), Iterator),
      isinstance(iter(""), Iterator), isinstance(iter({}), Iterator),
      isinstance(iter(range(2)), Iterator), isinstance(iter(set()), Iterator),
      isinstance(iter(b""), Iterator), isinstance(zip(), Iterator),
      isinstance(reversed([]), Iterator), isinstance(iter({}.items()), Iterator))


def gen():
    yield 1


async def coro():
    return 1


c = coro()
print(isinstance(gen(), Generator), isinstance(gen(), Iterator), isinstance(gen, Generator),
      isinstance(c, Coroutine), isinstance(c, Awaitable), isinstance(c, Iterable))
c.close()
print(isinstance(5, Iterable), isinstance(5, Sized), isinstance(5, Hashable),
      isinstance("x", Hashable), isinstance((1,), Hashable), issubclass(int, Container))

print("--- subclass hooks")


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class OnlyLen:
    def __len__(self):
        return 3


class OnlyContains:
    def __contains__(self, x):
        return x == 1


class IterNext:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Rev(OnlyIter):
    def __reversed__(self):
        return iter([2, 1])


class Coll(OnlyIter, OnlyLen, OnlyContains):
    pass


class Calls:
    def __call__(self):
        return 42


class Unhashable:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


class Awaits:
    def __await__(self):
        return iter([])


class CoroLike(Awaits):
    def send(self, value):
        raise StopIteration(value)

    def throw(self, *args):
        raise StopIteration

    def close(self):
        pass


class GenLike(IterNext):
    def send(self, value):
        raise StopIteration

    def throw(self, *args):
        raise StopIteration

    def close(self):
        pass


class AIter:
    def __aiter__(self):
        return self


class ANext(AIter):
    async def __anext__(self):
        raise StopAsyncIteration


class AGenLike(ANext):
    async def asend(self, value):
        raise StopAsyncIteration

    async def athrow(self, *args):
        raise StopAsyncIteration

    async def aclose(self):
        pass


class NoIter(OnlyIter):
    __iter__ = None


classes = [OnlyIter, OnlyLen, OnlyContains, IterNext, Rev, Coll, Calls, Unhashable, EqOnly,
           Awaits, CoroLike, GenLike, AIter, ANext, AGenLike, NoIter]
one_trick = [Iterable, Sized, Container, Iterator, Reversible, Collection, Callable, Hashable,
             Awaitable, Coroutine, Generator, AsyncIterable, AsyncIterator, AsyncGenerator]
for cls in classes:
    print(cls.__name__, [abc.__name__ for abc in one_trick if issubclass(cls, abc)])
# Subclasses of the one-trick ABCs do not use the hook.
print(issubclass(Coll, Sequence), issubclass(Coll, Set), issubclass(OnlyLen, Collection))
print(isinstance(Calls(), Callable), isinstance(OnlyIter(), Iterable), isinstance(Rev(), Reversible))

print("--- abstract instantiation")
for abc in (Iterable, Sized, Mapping, MutableMapping, Sequence, MutableSet, Generator):
    try:
        abc()
    except TypeError as e:
        print("TypeError:", e)


class HalfMapping(Mapping):
    def __getitem__(self, key):
        return key


try:
    HalfMapping()
except TypeError as e:
    print("TypeError:", e)

print("--- register")


class Registered:
    pass


print(issubclass(Registered, Sequence))
print(Sequence.register(Registered) is Registered)
print(issubclass(Registered, Sequence), issubclass(Registered, Reversible),
      issubclass(Registered, Iterable), issubclass(Registered, MutableSequence))
print(isinstance(Registered(), Collection))


@Sized.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Sized), issubclass(Decorated, Iterable))

print("--- Mapping mixins")


class Frozen(Mapping):
    def __init__(self, *args, **kwargs):
        self._d = dict(*args, **kwargs)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"Frozen({self._d!r})"


f = Frozen(a=1, b=2, c=3)
print(f["a"], f.get("b"), f.get("z"), f.get("z", 0), "a" in f, "z" in f, len(f))
print(f.keys(), f.items(), f.values())
print(list(f.keys()), list(f.items()), list(f.values()))
print(len(f.keys()), "a" in f.keys(), ("a", 1) in f.items(), ("a", 2) in f.items(),
      ("z", 1) in f.items(), 3 in f.values(), 4 in f.values())
print(f == {"a": 1, "b": 2, "c": 3}, f == Frozen(c=3, b=2, a=1), f != {"a": 1},
      f == [("a", 1)], {"a": 1, "b": 2, "c": 3} == f)
print(f.keys() & {"a", "z"}, sorted(f.keys() | {"z"}), sorted(f.keys() - {"a"}),
      sorted(f.keys() ^ {"a", "z"}), f.keys() == {"a", "b", "c"}, f.keys() < {"a", "b", "c", "d"})
print(sorted(f.items() & {("a", 1), ("b", 9)}), f.keys().isdisjoint(["x", "y"]))
print(isinstance(f, Mapping), isinstance(f, MutableMapping), isinstance(f, Collection),
      isinstance(f, Reversible), Mapping.__reversed__)
print(f.__hash__, Frozen.__eq__ is Mapping.__eq__)
try:
    reversed(f)
except TypeError as e:
    print("TypeError:", e)

print("--- MutableMapping mixins")


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

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


s = Store()
s.update({"a": 1}, b=2)
s.update([("c", 3)])
s.update(Frozen(d=4))


class KeysOnly:
    def keys(self):
        return ["e"]

    def __getitem__(self, key):
        return 5


s.update(KeysOnly())
print(list(s.items()), len(s))
print(s.setdefault("a", 100), s.setdefault("f", 6), s.setdefault("g"), list(s.items()))
print(s.pop("g"), s.pop("zz", "dflt"), s.popitem(), list(s.items()))
try:
    s.pop("zz")
except KeyError as e:
    print("KeyError:", e)
s.clear()
print(list(s.items()), len(s))
try:
    s.popitem()
except KeyError as e:
    print("KeyError:", repr(e))
print(s == {}, s == Store(), s.get("x", "none"))

print("--- Sequence mixins")


class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, index):
        return self._items[index]

    def __len__(self):
        return len(self._items)


q = Seq(1, 2, 3, 2, 1)
print(list(q), list(reversed(Seq(1, 2, 3))), 2 in q, 9 in q, len(q))
print(q.index(2), q.index(2, 2), q.index(1, -1), q.count(2), q.count(9))
try:
    q.index(2, 4)
except ValueError as e:
    print("ValueError:", repr(e))
try:
    q.index(3, 0, 2)
except ValueError:
    print("ValueError not in range")
print(isinstance(q, Reversible), isinstance(q, MutableSequence), q.__iter__.__name__)
nan = float("nan")
print(nan in Seq(nan), Seq(nan).count(nan), Seq(nan).index(nan))

print("--- MutableSequence mixins")


class MSeq(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, index):
        return self._items[index]

    def __setitem__(self, index, value):
        self._items[index] = value

    def __delitem__(self, index):
        del self._items[index]

    def __len__(self):
        return len(self._items)

    def insert(self, index, value):
        self._items.insert(index, value)

    def __repr__(self):
        return f"MSeq({self._items!r})"


m = MSeq([1, 2])
m.append(3)
m.extend([4, 5])
m.extend(m)
print(m)
print(m.pop(), m.pop(0), m)
m.remove(4)
print(m)
m.reverse()
print(m)
m += (7, 8)
print(m, type(m).__name__)
try:
    m.remove(99)
except ValueError:
    print("ValueError remove")
m.clear()
print(m, len(m))
try:
    m.pop()
except IndexError as e:
    print("IndexError:", e)

print("--- Set mixins")


class LSet(Set):
    def __init__(self, items=()):
        self._items = []
        for item in items:
            if item not in self._items:
                self._items.append(item)

    def __contains__(self, item):
        return item in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"LSet({self._items!r})"


a = LSet([1, 2, 3])
b = LSet([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b)
print(a & [3, 1], a | [9], a - [1], a ^ [1, 5])
print([3, 1, 7] & a, [9] | a, [1, 7] - a, [1, 5] ^ a)
print(a == LSet([3, 2, 1]), a != b, a <= LSet([1, 2, 3, 4]), a < a, a <= a, a > LSet([1]),
      a >= b, a == {1, 2, 3}, {1, 2, 3} == a, a < frozenset({1, 2, 3, 4}))
print(a.isdisjoint([5, 6]), a.isdisjoint(b), a.__hash__)
print(LSet([1, 2])._hash() == LSet([2, 1])._hash(), LSet()._hash(), LSet([1, 2, 3])._hash())
print(LSet(["x"])._hash() == LSet(["x"])._hash())
try:
    a & 5
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
print(a.__and__(5), a.__sub__(5), a.__lt__([1]))

print("--- MutableSet mixins")


class MSet(LSet, MutableSet):
    def add(self, item):
        if item not in self._items:
            self._items.append(item)

    def discard(self, item):
        if item in self._items:
            self._items.remove(item)

    def __repr__(self):
        return f"MSet({self._items!r})"


ms = MSet([1, 2, 3])
ms.add(4)
ms.discard(9)
ms.remove(1)
print(ms)
try:
    ms.remove(1)
except KeyError as e:
    print("KeyError:", e)
print(ms.pop(), ms)
ms |= [7, 8]
print(ms)
ms &= MSet([3, 4, 7, 9])
print(ms)
ms ^= [4, 10]
print(ms)
ms -= [3]
print(ms)
ms ^= ms
print(ms)
ms |= [1, 2]
ms -= ms
print(ms)
ms |= [1, 2]
ms.clear()
print(ms, len(ms))
try:
    ms.pop()
except KeyError as e:
    print("KeyError:", repr(e))
print(type(MSet([1]) | MSet([2])).__name__, type(MSet([1]).__ior__([2])).__name__)

print("--- views over a custom mapping")
kv = KeysView({"x": 1, "y": 2})
iv = ItemsView({"x": 1})
vv = ValuesView({"x": 1})
print(kv, iv, vv, len(kv), list(kv), list(iv), list(vv))
print(type(kv & {"x"}).__name__, kv & {"x"}, iv | set(), 1 in vv)
mv = MappingView([1, 2, 3])
print(mv, len(mv))
try:
    mv.other = 1
except AttributeError:
    print("AttributeError: MappingView has __slots__")

print("--- Generator and Coroutine mixins")


class Countdown(Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

    def throw(self, typ, val=None, tb=None):
        raise typ


print(list(Countdown(3)), next(Countdown(2)), iter(Countdown(1)).n)
cd = Countdown(5)
print(cd.close(), isinstance(cd, Iterator))
try:
    Countdown(1).throw(ValueError)
except ValueError:
    print("ValueError thrown")


class Stubborn(Generator):
    def send(self, value):
        return 1

    def throw(self, typ, val=None, tb=None):
        return 1


try:
    Stubborn().close()
except RuntimeError as e:
    print("RuntimeError:", e)


class Co(Coroutine):
    def __await__(self):
        return iter([])

    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        raise typ


print(Co().close(), isinstance(Co(), Awaitable))
try:
    Co().send(5)
except StopIteration as e:
    print("StopIteration", e.value)
