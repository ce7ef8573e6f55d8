from dataclasses import dataclass, field, asdict, astuple, fields, replace, FrozenInstanceError, InitVar
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
for f in [lambda: P(), lambda: P(1,2,3,4), lambda: P(1, z=3), lambda: P(1, x=2)]:
    try: f()
    except TypeError as e: print(e)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'x'
f = F(1)
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
print(F(1) < F(2), hash(F(1)) == hash(F(1)), P(1) == P(1), P.__hash__, sorted([F(3), F(1, 'z'), F(1, 'a')]))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
print(P.__init__.__qualname__, repr(P(1)), P.__match_args__)
@dataclass(kw_only=True)
class K:
    a: int
try: K(1)
except TypeError as e: print(e)
try: K()
except TypeError as e: print(e)
print([f.name for f in fields(F)])
try: F(1) < P(1)
except TypeError as e: print(e)
p = P(1, 2, ['t'])
print(asdict(p), astuple(p), replace(p, y=5), p)
@dataclass
class Inv:
    name: str
    qty: int = 0
    price: float = 0.0
    def total(self) -> float:
        return self.qty * self.price
@dataclass
class Order:
    items: list = field(default_factory=list)
    note: str = field(default='', repr=False)
    def __post_init__(self):
        self.count = len(self.items)
o = Order([Inv('a', 2, 1.5), Inv('b', 1, 4.0)])
print(o, o.count, sum(i.total() for i in o.items), asdict(o))
@dataclass
class Base:
    x: int
@dataclass
class Child(Base):
    y: int = 2
print(Child(1), Child(1, 3) == Child(1, 3), Child(1) == Base(1))
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(WithInit(3), WithInit(3, 10))
