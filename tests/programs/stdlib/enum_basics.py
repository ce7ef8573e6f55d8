# enum: Enum/IntEnum/StrEnum/Flag/IntFlag members, lookups, reprs, auto, unique, aliases,
# mixins with __init__, the functional API, dir() of an enum class.
from enum import Enum, IntEnum, auto, unique, Flag, IntFlag, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color, repr(Color), list(Color), len(Color))
print(Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(Color.__members__)
print(f"{Color.RED}", format(Color.RED), "%s" % Color.RED, str(Color.RED))
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print(repr(e))
print(Color.RED in Color)
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    class More(Color): PINK = 4
except TypeError as e: print(e)
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.ONE), N.ONE + 1, N.TWO * 3, f"{N.TWO}", N.ONE == 1, N(2), sorted([N.TWO, N.ONE]))
class A(Enum):
    X = auto()
    Y = auto()
print(list(A), A.X.value)
class S(StrEnum):
    a = auto()
    B = 'bee'
print(S.a, repr(S.a), S.B, S.B == 'bee', S.a.upper())
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R)
class IP(IntFlag):
    R = 4
    W = 2
print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 1, repr(IP.R|8))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
print(Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED), {Color.RED: 1})
try: Color.RED < Color.BLUE
except TypeError as e: print(e)
print(type(Color), type(Color.RED), isinstance(Color.RED, Color), Color.RED.__class__.__name__)
class Shape(Enum):
    SQUARE = 2
    def describe(self):
        return f"{self.name} with {self.value}"
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.default().describe())
print(dir(Color))
print(Color._member_names_, Color._value2member_map_)
class W(Enum):
    A = 'a'
    def __str__(self):
        return self.value.upper()
print(W.A, f"{W.A}")
print(Perm.R.name, rw.name, Perm.R.value, rw.value)
