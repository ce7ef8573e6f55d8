# Properties are inherited, can be overridden, and can call the parent's property.
class Base:
    def __init__(self, v):
        self._v = v

    @property
    def value(self):
        return self._v

    @property
    def label(self):
        return "base:%s" % self.value


class Doubled(Base):
    @property
    def value(self):
        return Base.value.fget(self) * 2


class Named(Doubled):
    @property
    def label(self):
        return "named(" + super().label + ")"

    @label.setter
    def label(self, v):
        self._v = len(v)


b, d, n = Base(3), Doubled(3), Named(3)
print(b.value, d.value, n.value)
print(b.label, d.label, n.label)
n.label = "four"
print(n.value, n.label, n._v)
print(type(Named.__dict__["label"]).__name__, "value" in Named.__dict__, Named.value is Doubled.value)


class Plain(Base):
    value = 100


print(Plain(1).value, Plain(1).label)
