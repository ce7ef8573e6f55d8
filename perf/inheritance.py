# Inheritance kernel: a 6-level class hierarchy whose __init__ chains through
# super(), with methods overridden at several levels that also call super(),
# class attributes looked up through the MRO, and isinstance checks.


class Entity:
    kind = 0

    def __init__(self, ident):
        self.ident = ident
        self.energy = 100

    def cost(self):
        return 1

    def step(self, t):
        self.energy -= self.cost()
        return self.energy

    def tag(self):
        return self.kind


class Mobile(Entity):
    kind = 1

    def __init__(self, ident, speed):
        super().__init__(ident)
        self.speed = speed
        self.pos = 0

    def cost(self):
        return super().cost() + self.speed

    def step(self, t):
        self.pos += self.speed
        return super().step(t) + self.pos


class Animal(Mobile):
    kind = 2

    def __init__(self, ident, speed, legs):
        super().__init__(ident, speed)
        self.legs = legs

    def cost(self):
        return super().cost() + self.legs // 2


class Mammal(Animal):
    kind = 3

    def __init__(self, ident, speed, legs, fur):
        super().__init__(ident, speed, legs)
        self.fur = fur

    def step(self, t):
        r = super().step(t)
        if t % 3 == 0:
            self.energy += self.fur
        return r


class Dog(Mammal):
    kind = 4

    def __init__(self, ident, speed):
        super().__init__(ident, speed, 4, 2)
        self.barks = 0

    def cost(self):
        return super().cost() - 1

    def step(self, t):
        if t % 5 == 0:
            self.barks += 1
        return super().step(t) + self.barks


class Puppy(Dog):
    kind = 5

    def __init__(self, ident):
        super().__init__(ident, 1)
        self.age = 0

    def step(self, t):
        self.age += 1
        return super().step(t) - self.age % 3


class Bird(Animal):
    kind = 6

    def __init__(self, ident, speed):
        super().__init__(ident, speed, 2)
        self.altitude = 0

    def step(self, t):
        self.altitude = (self.altitude + self.speed * 3) % 50
        return super().step(t) + self.altitude


class Robot(Mobile):
    kind = 7

    def cost(self):
        return 0


def build(n, seed):
    x = seed
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = (x >> 16) % 6
        if k == 0:
            out.append(Puppy(i))
        elif k == 1:
            out.append(Dog(i, 1 + (x >> 8) % 3))
        elif k == 2:
            out.append(Bird(i, 2 + (x >> 9) % 2))
        elif k == 3:
            out.append(Mammal(i, 1, 4, 3))
        elif k == 4:
            out.append(Robot(i, 2))
        else:
            out.append(Entity(i))
    return out


def simulate(things, steps):
    chk = 0
    for t in range(steps):
        for th in things:
            chk = (chk * 33 + th.step(t) + th.tag()) % 1000000007
    return chk


def census(things):
    counts = [0] * 8
    mammals = 0
    mobile = 0
    for th in things:
        counts[th.kind] += 1
        if isinstance(th, Mammal):
            mammals += 1
        if isinstance(th, Mobile):
            mobile += 1
    return counts, mammals, mobile


total = 0
for r in range(8):
    things = build(6000, 777 + r)
    chk = simulate(things, 45)
    counts, mammals, mobile = census(things)
    energy = sum([th.energy for th in things])
    print("round", r, chk, counts, mammals, mobile, energy)
    total = (total * 131 + chk + energy) % 1000000007
print("mro", [c.__name__ for c in Puppy.__mro__])
print("checksum", total)
