# Class statement, class attributes, methods, __init__, instance attributes.
class Counter:
    """Counts things."""
    kind = "counter"
    instances = 0

    def __init__(self, start, step=1):
        self.value = start
        self.step = step
        Counter.instances += 1

    def bump(self):
        self.value += self.step
        return self.value

    def describe(self):
        return "%s at %d" % (self.kind, self.value)


c = Counter(10)
d = Counter(0, step=5)
print(c.value, c.step, d.value, d.step)
print(c.bump(), c.bump(), d.bump())
print(c.describe(), d.describe())
print(Counter.instances, c.instances, Counter.kind)
c.kind = "mine"
print(c.describe(), d.describe(), Counter.kind)
Counter.kind = "shared"
print(c.kind, d.kind)
m = d.bump
print(m(), m(), d.value)
print(Counter.bump(c), c.value)
print(type(c) is Counter, isinstance(c, Counter), isinstance(5, Counter))
print(c.__class__ is Counter, type(c).__name__, Counter.__name__)
print(Counter.__doc__)
print(Counter.__module__, c.__module__)


class Empty:
    pass


e = Empty()
e.x = 1
e.y = [e.x]
print(e.x, e.y, Empty.__doc__)
print(repr(Counter), str(Counter))
print(repr(e).startswith("<__main__.Empty object at 0x"), str(e) == repr(e))
print(type(Counter) is type, isinstance(Counter, type), issubclass(Counter, object))
print(e != Empty(), e == e)
