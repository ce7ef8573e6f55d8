# class Name(str): inherited methods return plain str; overridden dunders are used.
class Name(str):
    def initials(self):
        return "".join([w[0] for w in self.split()])

    def __repr__(self):
        return "Name(" + str.__repr__(self) + ")"


n = Name("ada king lovelace")
print(n, repr(n), n.initials(), len(n), n.upper(), type(n.upper()).__name__)
print(n == "ada king lovelace", isinstance(n, str), n[0], type(n[0]).__name__, n + "!")
print([n], "%s|%r" % (n, n), str(n), type(str(n)).__name__)
print({n: 1}["ada king lovelace"], sorted([Name("b"), Name("a")]), n.startswith("ada"))


class Shout(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def __add__(self, other):
        return Shout(str.__add__(self, other))


s = Shout("hi")
print(s, s + " there", type(s + "x").__name__, "x" + s, type("x" + s).__name__)
print(int(Name("42")) + 1, Name("x") * 3, "-".join([Name("a"), Name("b")]))
