# class Level(int): arithmetic returns plain int unless overridden; repr/str overrides.
class Level(int):
    def __repr__(self):
        return "Level(%d)" % int(self)

    def describe(self):
        return "high" if self > 5 else "low"


a = Level(7)
b = Level("3")
print(a, repr(a), str(a), [a, b], a.describe(), b.describe())
print(a + b, type(a + b).__name__, a * 2, a // 2, -a, type(-a).__name__)
print(a == 7, a > b, sorted([a, b, 5]), isinstance(a, int), hash(a) == hash(7))
print([10, 20, 30, 40][b], list(range(b)), "%d|%s|%r" % (a, a, a), abs(Level(-2)))


class Mod7(int):
    def __new__(cls, v):
        return super().__new__(cls, v % 7)

    def __add__(self, o):
        return Mod7(int(self) + int(o))

    def __mul__(self, o):
        return Mod7(int(self) * int(o))


m = Mod7(12)
print(m, m + 4, type(m + 4).__name__, m * m, 4 + m, type(4 + m).__name__)
total = Mod7(0)
for i in range(10):
    total = total + i
print(total, type(total).__name__, bool(Mod7(7)), bool(Level(0)))
