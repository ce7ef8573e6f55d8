# __repr__ and __str__ through print, str(), repr(), %s/%r and nested containers.
class Frac:
    def __init__(self, n, d):
        self.n = n
        self.d = d

    def __repr__(self):
        return "Frac(%d, %d)" % (self.n, self.d)

    def __str__(self):
        return "%d/%d" % (self.n, self.d)


f = Frac(1, 3)
print(f)
print(str(f), repr(f), "%s and %r" % (f, f))
print([f, Frac(2, 5)], (f,), {f.n: f}, [[f]])
print(str([f]), repr([f]), "[%s]" % f)
print("x=" + str(f), len(repr(f)), str(f).split("/"))
print(f, f, sep=" | ", end="!\n")


class Tree:
    def __init__(self, v, kids):
        self.v = v
        self.kids = kids

    def __repr__(self):
        if not self.kids:
            return "T(%r)" % self.v
        return "T(%r, %r)" % (self.v, self.kids)


print(Tree("root", [Tree(1, []), Tree(2, [Tree(3, [])])]))


class Str(object):
    def __str__(self):
        return "only-str"


print(str(Str()), [str(x) for x in [Str(), 1, "a"]])
