# Exceptions raised by special methods, and the protocols that rely on them.
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("Seq index out of range")
        return i * i

s = Seq(4)
print(s[2], len(s))
try:
    s[9]
except IndexError as e:
    print("getitem:", e)

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(3)), [x for x in Countdown(2)])
it = Countdown(1)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("exhausted", repr(e))
print(next(Countdown(0), "default"))

class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError("Lazy has no %r" % name)

lz = Lazy()
print(lz.xyz, hasattr(lz, "xa"), hasattr(lz, "other"), getattr(lz, "other", "fallback"))
try:
    lz.other
except AttributeError as e:
    print("getattr:", e)

class Fragile:
    @property
    def value(self):
        raise ValueError("property failed")
    @property
    def missing(self):
        raise AttributeError("property says missing")

f = Fragile()
try:
    f.value
except ValueError as e:
    print("property:", e)
print(hasattr(f, "missing"))
try:
    hasattr(f, "value")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)

class BadEq:
    def __eq__(self, other):
        raise TypeError("cannot compare BadEq")
    def __hash__(self):
        return 1

try:
    BadEq() in [1, 2, BadEq()]
except TypeError as e:
    print("in:", e)

class BadLen:
    def __len__(self):
        raise RuntimeError("len failed")

try:
    if BadLen():
        pass
except RuntimeError as e:
    print("truth via len:", e)

class Key:
    def __hash__(self):
        raise KeyError("hash failed")

try:
    {Key(): 1}
except KeyError as e:
    print("hash:", repr(e))

class Adder:
    def __add__(self, other):
        if not isinstance(other, int):
            raise TypeError("Adder only adds ints")
        return other + 100

print(Adder() + 1)
try:
    Adder() + "x"
except TypeError as e:
    print("add:", e)

class Container:
    def __contains__(self, x):
        raise LookupError("contains failed on %r" % x)

try:
    5 in Container()
except LookupError as e:
    print("contains:", e)
