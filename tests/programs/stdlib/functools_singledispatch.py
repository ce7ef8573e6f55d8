# functools.singledispatch, singledispatchmethod and partialmethod.
import functools
from functools import singledispatch, singledispatchmethod, partialmethod, partial
from collections.abc import Mapping, Sequence, Iterable, Sized, MutableMapping
import collections
import typing

print("--- singledispatch basics")


@singledispatch
def describe(obj, suffix=""):
    """Describe an object."""
    return f"object:{type(obj).__name__}{suffix}"


@describe.register(int)
def _(obj, suffix=""):
    return f"int:{obj}{suffix}"


@describe.register(str)
def _describe_str(obj, suffix=""):
    return f"str:{obj!r}{suffix}"


def _describe_list(obj, suffix=""):
    return f"list of {len(obj)}{suffix}"


print(describe.register(list, _describe_list) is _describe_list)


@describe.register(float)
def _(obj, suffix=""):
    return f"float:{obj}{suffix}"


print(describe(1), describe("a"), describe([1, 2]), describe(1.5), describe(None))
print(describe(True), describe(2, suffix="!"), describe((1,), "?"))
print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)
print(describe.dispatch(int) is describe.registry[int], describe.dispatch(bool) is describe.registry[int])
print(describe.dispatch(object) is describe.registry[object], describe.dispatch(dict) is describe.registry[object])
print(sorted(k.__name__ for k in describe.registry.keys()), len(describe.registry),
      int in describe.registry, dict in describe.registry)
try:
    describe.registry[dict] = None
except TypeError as e:
    print("TypeError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)

print("--- MRO dispatch")


class A:
    pass


class B(A):
    pass


class C(B):
    pass


class D:
    pass


class E(C, D):
    pass


@singledispatch
def which(obj):
    return "base"


@which.register(A)
def _(obj):
    return "A"


@which.register(C)
def _(obj):
    return "C"


@which.register(D)
def _(obj):
    return "D"


print(which(A()), which(B()), which(C()), which(D()), which(E()), which(1))
which.register(B, lambda obj: "B")
print(which(B()), which(C()), which(E()))

print("--- ABC dispatch")


@singledispatch
def kind(obj):
    return "other"


@kind.register(Mapping)
def _(obj):
    return "mapping"


@kind.register(Sequence)
def _(obj):
    return "sequence"


@kind.register(Iterable)
def _(obj):
    return "iterable"


@kind.register(str)
def _(obj):
    return "str"


print(kind({}), kind([]), kind(()), kind("s"), kind(range(3)), kind(iter([])),
      kind(collections.OrderedDict()), kind(collections.UserDict()), kind(5),
      kind(collections.deque()) if False else "", kind(frozenset()), kind(b""))


class MyMapping(Mapping):
    def __getitem__(self, key):
        raise KeyError(key)

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


class Iter:
    def __iter__(self):
        return iter(())


class Later:
    pass


print(kind(MyMapping()), kind(Iter()), kind(Later()))
Sequence.register(Later)
print(kind(Later()))


@singledispatch
def size(obj):
    return "plain"


@size.register(Sized)
def _(obj):
    return "sized"


@size.register(Iterable)
def _(obj):
    return "iterable"


class Both:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


try:
    size(Both())
except RuntimeError as e:
    print("RuntimeError:", e)
print(size(Iter()), size([]) if False else "")

print("--- register errors")
try:
    describe.register(5, lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    describe.register(typing.List[int], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    @describe.register
    def _(obj):
        return obj
except TypeError as e:
    print("TypeError:", str(e).split(":")[0])
try:
    describe.register(5)
except TypeError as e:
    print("TypeError:", e)


@singledispatch
def union(obj):
    return "default"


@union.register(typing.Union[int, str])
def _(obj):
    return "int or str"


union.register(typing.Optional[bytes], lambda obj: "bytes or None")
print(union(1), union("s"), union(b""), union(None), union(2.0))
print(sorted(k.__name__ for k in union.registry))
try:
    union.register(typing.Union[int, typing.List[int]], lambda obj: obj)
except TypeError as e:
    print("TypeError:", e)

print("--- cache invalidation")


@singledispatch
def cached(obj):
    return "default"


@cached.register(Sized)
def _(obj):
    return "sized"


class NoLen:
    pass


print(cached(NoLen()))
Sized.register(NoLen)
print(cached(NoLen()))
cached.register(NoLen, lambda obj: "exact")
print(cached(NoLen()))
cached._clear_cache()
print(cached(NoLen()))

print("--- singledispatchmethod")


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        """Format an argument."""
        return f"{self.prefix}?{arg!r}"

    @fmt.register(int)
    def _(self, arg):
        return f"{self.prefix}int {arg}"

    @fmt.register(list)
    def _(self, arg):
        return f"{self.prefix}list {len(arg)}"

    def _fmt_str(self, arg):
        return f"{self.prefix}str {arg}"

    fmt.register(str, _fmt_str)


f = Formatter(">")
print(f.fmt(1), f.fmt([1, 2]), f.fmt("x"), f.fmt(1.5), f.fmt(True))
print(Formatter.fmt.__name__, Formatter.fmt.__doc__, f.fmt.__name__)
print(Formatter.__dict__["fmt"].__isabstractmethod__, Formatter.fmt.__isabstractmethod__)


class Sub(Formatter):
    @Formatter.fmt.register(float)
    def _(self, arg):
        return f"{self.prefix}float {arg}"


print(Sub("#").fmt(2.5), f.fmt(2.5))


class Statics:
    @singledispatchmethod
    @staticmethod
    def conv(arg):
        return "static default"

    @conv.register(int)
    @staticmethod
    def _(arg):
        return f"static int {arg}"


print(Statics.conv(1), Statics().conv("x"), Statics.conv(2))
try:
    singledispatchmethod(5)
except TypeError as e:
    print("TypeError:", e)

print("--- partialmethod")


class Cell:
    def __init__(self):
        self._alive = False

    @property
    def alive(self):
        return self._alive

    def set_state(self, state, note=""):
        self._alive = bool(state)
        return f"set {state}{note}"

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="!")
    set_dead_quiet = partialmethod(set_dead, note="")

    @classmethod
    def make(cls, a, b):
        return f"{cls.__name__}.make({a}, {b})"

    make1 = partialmethod(make, 1)
    twice = partialmethod(partial(lambda x, self, y: (x, type(self).__name__, y), 1), y=2)
    call_static = partialmethod(staticmethod(lambda a, b: a + b), 10)


c = Cell()
print(c.alive, c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_dead(note="?"))
print(c.set_dead_quiet(), Cell.set_dead_quiet.keywords if False else "")
print(Cell.make1(2), c.make1(3), c.twice(), c.twice(y=5), c.call_static(5))
print(Cell.__dict__["set_dead_quiet"].args, Cell.__dict__["set_dead_quiet"].keywords,
      Cell.__dict__["set_dead_quiet"].func is Cell.set_state)
print(Cell.set_alive(c), type(Cell.__dict__["set_alive"]).__name__)
print(repr(partialmethod(max, 1, key=abs)).replace(repr(max), "MAX"))
print(repr(partialmethod(max)).replace(repr(max), "MAX"))
bound = c.set_alive
print(type(bound).__name__, bound.func.__name__, bound.args, bound.__self__ is c)
print(Cell.__dict__["set_alive"].__isabstractmethod__)
try:
    partialmethod(5)
except TypeError as e:
    print("TypeError:", e)
print(partialmethod[int])
