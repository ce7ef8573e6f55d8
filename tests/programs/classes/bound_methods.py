# Bound methods as first-class values: stored, passed, compared, unpacked.
class Light:
    def __init__(self, name):
        self.name = name
        self.on = False

    def toggle(self):
        self.on = not self.on
        return "%s:%s" % (self.name, "on" if self.on else "off")

    def rename(self, new, suffix=""):
        self.name = new + suffix
        return self.name


a, b = Light("a"), Light("b")
actions = [a.toggle, b.toggle, a.toggle]
print([f() for f in actions], a.on, b.on)
t = a.toggle
print(t.__self__ is a, t.__func__ is Light.toggle, t.__name__, t.__qualname__)
print(a.toggle == a.toggle, a.toggle == b.toggle, a.toggle is a.toggle)
handlers = {"x": a.rename, "y": b.rename}
print(handlers["x"]("alpha"), handlers["y"]("beta", suffix="!"), a.name, b.name)
args = ("gamma", "?")
print(a.rename(*args), a.rename(**{"new": "delta"}))
print(list(map(Light.toggle, [a, b])), sorted([b, a], key=lambda l: l.name)[0].name)


def apply_twice(f):
    return [f(), f()]


print(apply_twice(Light("c").toggle))
print(type(t).__name__, callable(t), repr(t).startswith("<bound method Light.toggle of <__main__.Light object at 0x"))
