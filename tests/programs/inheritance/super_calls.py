# super() zero-argument and two-argument, cooperative __init__ in a diamond.
trace = []


class Base:
    def __init__(self):
        trace.append("Base")
        self.parts = ["base"]

    def greet(self):
        return "base"


class A(Base):
    def __init__(self):
        trace.append("A")
        super().__init__()
        self.parts.append("a")

    def greet(self):
        return "a+" + super().greet()


class B(Base):
    def __init__(self):
        trace.append("B")
        super().__init__()
        self.parts.append("b")

    def greet(self):
        return "b+" + super().greet()


class C(A, B):
    def __init__(self):
        trace.append("C")
        super(C, self).__init__()
        self.parts.append("c")

    def greet(self):
        return "c+" + super().greet()


c = C()
print(trace, c.parts, c.greet())
print(super(A, c).greet(), super(B, c).greet(), super(C, c).greet())
print(A().greet(), trace[-2:])


class Shape:
    def __init__(self, name, **kw):
        self.name = name
        self.extra = kw

    def area(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h, **kw):
        super().__init__("rect", **kw)
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s, **kw):
        super().__init__(s, s, **kw)

    def area(self):
        return super().area() + 0


sq = Square(4, color="red")
print(sq.name, sq.w, sq.h, sq.extra, sq.area())


class Named:
    @classmethod
    def make(cls):
        return cls.__name__


class Sub(Named):
    @classmethod
    def make(cls):
        return "sub:" + super().make()


print(Sub.make(), Named.make(), Sub().make())
print(type(super(C, c)).__name__)
