# __slots__: fixed attributes, no __dict__, class-level defaults stay readable.
class P:
    __slots__ = ("x", "y")
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


p = P(1, 2)
print(p.x, p.y, p.total(), p.dims, hasattr(p, "__dict__"))
p.x = 10
print(p.total(), P.__slots__)
del p.y
print(hasattr(p, "y"), hasattr(p, "x"))
p.y = 5
print(p.total(), type(P.x).__name__)


class P3(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


q = P3(1, 2, 3)
print(q.x, q.y, q.z, q.total(), hasattr(q, "__dict__"))


class Loose(P):
    pass


l = Loose(4, 5)
l.extra = "ok"
print(l.extra, l.total(), l.__dict__)
