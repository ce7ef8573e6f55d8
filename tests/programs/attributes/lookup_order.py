# Instance dict is searched before the class; class attributes shared until shadowed.
class C:
    shared = []
    n = 0

    def m(self):
        return "method"


a = C()
b = C()
a.shared.append(1)
print(b.shared, C.shared, a.shared is C.shared)
a.n += 1
print(a.n, b.n, C.n, "n" in a.__dict__, "n" in b.__dict__)
a.m = "shadowed"
print(a.m, b.m(), C.m(b))
del a.m
print(a.m())
C.n = 100
print(a.n, b.n)
del a.n
print(a.n)
f = C.m
print(f(a), type(f).__name__, type(a.m).__name__)
bm = a.m
print(bm.__self__ is a, bm.__func__ is C.m, bm())


def outside(self, x):
    return "outside %r" % x


C.added = outside
print(a.added(5), b.added("y"))
a.fn = outside
print(a.fn(a, 1))
print(a.m == a.m, a.m is a.m, a.m == b.m)
