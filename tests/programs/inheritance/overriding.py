# Method resolution: base methods calling overridden methods, attribute shadowing.
class Template:
    prefix = "T"

    def run(self):
        return "%s:%s-%s-%s" % (self.prefix, self.first(), self.second(), self.third())

    def first(self):
        return "1"

    def second(self):
        return "2"

    def third(self):
        return "3"


class Mid(Template):
    prefix = "M"

    def second(self):
        return "two"


class Leaf(Mid):
    def third(self):
        return "three(" + Mid.third(self) + ")"

    def first(self):
        return self.prefix.lower()


for obj in [Template(), Mid(), Leaf()]:
    print(obj.run())
leaf = Leaf()
leaf.second = lambda: "inst"
print(leaf.run())
del leaf.second
print(leaf.run())
Mid.second = lambda self: "patched"
print(Leaf().run(), Template().run())
del Mid.second
print(Leaf().run())


class Stat:
    def __init__(self):
        self.value = self.initial()

    def initial(self):
        return 0


class Ten(Stat):
    def initial(self):
        return 10


print(Stat().value, Ten().value)
