# class Point(tuple): __new__, properties over indexes, inherited tuple behaviour.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    def __repr__(self):
        return "Point(%r, %r)" % self


p = Point(1, 2)
q = Point(10, 20)
print(p, p.x, p.y, p + q, len(p), p[1], p == (1, 2), type(p + q).__name__)
a, b = q
print(a, b, list(p), tuple(p), type(tuple(p)).__name__, hash(p) == hash((1, 2)))
print({p: "origin-ish"}[(1, 2)], sorted([q, p, Point(1, 0)]), max(p), p.index(2), p.count(1))
print([p], isinstance(p, tuple), p[:1], type(p[:1]).__name__, str(p))


class Pair(tuple):
    pass


pr = Pair([3, 4])
print(pr, repr(pr), pr + (5,), type(pr + (5,)).__name__, Pair())
