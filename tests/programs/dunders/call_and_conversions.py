# __call__, __index__, __int__, __float__ and where each is used.
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(x=2, scale=10), list(map(add3, [0, 10])), callable(add3), callable(Adder))
print(sorted([3, 1, 2], key=Adder(-10)))


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


xs = ["a", "b", "c", "d"]
print(xs[Idx(1)], xs[Idx(-1)], xs[Idx(1):Idx(3)], "xyz"[Idx(2)])
print(range(Idx(3)), list(range(Idx(1), Idx(4))), bin(Idx(5)), hex(Idx(255)), [0] * Idx(3))
print(int(Idx(7)), Idx(7).__index__())


class Num:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5


print(int(Num()), float(Num()), int(Num()) + 1, float(Num()) * 2)


class Conv:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return "Conv(%d)" % self.v


print(int(Conv(9)), Conv(3), [Conv(1)])
