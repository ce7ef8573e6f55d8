# Rich comparisons, reflection (a < b tries b > a), and ordering used by sorted/min/max.
class Ver:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]

    def __repr__(self):
        return "Ver(%s)" % ".".join([str(p) for p in self.parts])

    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __hash__(self):
        return hash(tuple(self.parts))


a, b, c = Ver("1.2"), Ver("1.10"), Ver("1.2")
print(a < b, b < a, a <= c, a == c, a != b, a != c, a is c)
print(b > a, a > b, b >= a)
vs = [Ver("2.0"), Ver("1.0.1"), Ver("1.10"), Ver("1.2")]
print(sorted(vs), min(vs), max(vs))
print(sorted(vs, reverse=True))
print(a in vs, Ver("9") in vs, vs.index(Ver("1.10")), vs.count(a))
print(len({a, b, c}), {a: 1}[c])
print(a == 1, 1 == a, a != "x")


class Only:
    def __init__(self, n):
        self.n = n

    def __gt__(self, o):
        print("Only.__gt__ %d %d" % (self.n, o.n))
        return self.n > o.n


print(Only(1) < Only(2))
print(Only(5) > Only(2))


class Loud:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        return self.n < o.n

    def __repr__(self):
        return "L%d" % self.n


ls = [Loud(3), Loud(1), Loud(2)]
ls.sort()
print(ls, max(ls), min(Loud(7), Loud(4)), sorted(ls, key=lambda l: -l.n))
print(Ver("1") == Ver("1.0"), [Ver("3")] == [Ver("3")], (Ver("1"),) < (Ver("2"),))
