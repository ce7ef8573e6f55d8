# Checks generator methods in classes: __iter__ as a generator, methods seeing self, class/static methods.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        for n in self:
            if n % 2 == 0:
                yield n

    @classmethod
    def make_many(cls, *starts):
        for s in starts:
            yield cls(s)

    @staticmethod
    def letters(word):
        yield from word.upper()

c = Countdown(5)
print(list(c))
print(list(c))  # a new generator each time
print(list(c.evens()))
print([list(x) for x in Countdown.make_many(1, 2, 3)])
print(list(Countdown.letters("abc")))
it1 = iter(c)
it2 = iter(c)
print(next(it1), next(it1), next(it2))
print(type(it1).__name__, it1.__qualname__)

# generator sees attribute changes on self between resumptions
class Live:
    def __init__(self):
        self.items = [1, 2]
    def walk(self):
        i = 0
        while i < len(self.items):
            yield self.items[i]
            i += 1

lv = Live()
w = lv.walk()
print(next(w))
lv.items.append(3)
print(list(w))

# inheritance and super() inside generator methods
class Base:
    def gen(self):
        yield "base1"
        yield "base2"

class Derived(Base):
    def gen(self):
        yield "derived"
        yield from super().gen()

print(list(Derived().gen()))

# __iter__ generator used by unpacking, in, sorted, dict
class Pairs:
    def __iter__(self):
        yield ("a", 1)
        yield ("b", 2)

print(dict(Pairs()), ("b", 2) in Pairs(), sorted(Pairs(), reverse=True))
(k1, v1), (k2, v2) = Pairs()
print(k1, v1, k2, v2)

# __getattr__ not consulted for generator methods; bound method generator
m = Derived().gen
print(m.__name__, next(m()))
