# Classes through the engines' unsafe paths: class bodies (namespace in slot 0), instance
# attribute caches (slot loads, stores, shape transitions, polymorphic sites), methods entered
# in the loop, constructors (the Construct return action), dunders entered as frames for
# binary, comparison and unary operators (with NotImplemented fallbacks), properties, super(),
# and an error raised inside a dunder frame unwinding through the loop.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)

    def __radd__(self, o):
        return V(self.x + o, self.y + o)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __lt__(self, o):
        return self.x < o.x

    def __repr__(self):
        return "V(" + str(self.x) + ", " + str(self.y) + ")"

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class W(V):
    kind = "w"

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def total(self):
        return self.x + self.y + self.z


acc = V(0, 0)
for i in range(6):
    acc = acc + V(i, 2 * i)
    acc = -acc
print(acc, 5 + acc, acc.norm1, sorted([V(3, 0), V(1, 0), V(2, 0)]))
shapes = [V(1, 2), W(1, 2, 3), V(5, 6), W(4, 5, 6)]
print([s.x + s.y for s in shapes], [s.kind for s in shapes if isinstance(s, W)])
print([w.total() for w in shapes if isinstance(w, W)], W(1, 1, 1) < V(2, 0))
w = W(7, 8, 9)
w.x = 70
del w.y
w.y = 80
print(w.x, w.y, w.z, vars(w))


class Bad:
    def __init__(self):
        return 1


class Boom:
    def __mul__(self, other):
        return 1 // 0


try_first = V(1, 1) + V(2, 2)
print(try_first)
Boom() * 2
