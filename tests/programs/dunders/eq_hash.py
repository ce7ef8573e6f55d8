# __eq__ and __hash__: identity defaults, custom hash, set/dict membership.
class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, len({p, q, p}), {p: 1}[p])
print(hash(p) == hash(p), type(hash(p)).__name__)


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()

    def __hash__(self):
        return hash(self.k.lower())

    def __repr__(self):
        return "Key(%r)" % self.k


d = {Key("Abc"): 1}
d[Key("ABC")] = 2
d[Key("x")] = 3
print(d, len(d))
s = {Key("a"), Key("A"), Key("b")}
print(len(s), Key("B") in s)


class EqOnly:
    def __eq__(self, o):
        return True


print(EqOnly.__hash__, EqOnly() == 5, EqOnly() in [1, 2], [1, 2].count(EqOnly()))


class Hash7:
    def __hash__(self):
        return 7


print(hash(Hash7()), Hash7() == Hash7(), len({Hash7(), Hash7()}))


class Derived(Key):
    pass


print(Derived("q") == Key("Q"), hash(Derived("Z")) == hash(Key("z")))
