# enum: duplicate names, Flag composites and pseudo-members, auto() for flags, _missing_,
# functional API with pairs and start, IntEnum ordering/formatting/hashing, reversed().
from enum import Enum, Flag, IntFlag, auto, IntEnum
try:
    class C(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class D(Enum):
        A = 1
        def A(self): pass
except TypeError as e: print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
try: Perm(8)
except ValueError as e: print(e)
print(repr(Perm(7)), Perm(7), list(Perm), len(Perm), Perm.R | Perm.X, Perm.R & Perm.W, repr(Perm.R ^ Perm.R))
class F(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print(list(F), F.AB, repr(F.AB), F.__members__.keys(), F.A.value, F.C.value)
class L(Enum):
    LOW = 'low'
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == value.lower(): return m
        return None
print(L('LOW'), repr(L.__members__))
E = Enum('E', [('X', 10), ('Y', 20)])
print(list(E), E.X.__class__, type(E))
E2 = IntEnum('E2', 'a b', start=5)
print(list(E2))
print(Perm.R.__class__.__mro__)
print(IntEnum.__mro__, type(IntEnum))
import enum
print(enum.Enum.__members__ if hasattr(enum.Enum, '__members__') else None)
class Empty(Enum): pass
print(list(Empty), len(Empty), bool(Empty))
print(repr(Perm.R.name), Perm(0).name)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status(404), Status.OK < Status.NOT_FOUND, Status.OK + 0, f"{Status.OK:>6}", "%d" % Status.OK, max(Status))
print(hash(Status.OK) == hash(200), {200: 'x'}[Status.OK])
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED.__hash__ is not None, Color.RED == Color.RED, [c.name for c in reversed(Color)])
print(Color.GREEN._name_, Color.GREEN._value_, Color._member_map_)
