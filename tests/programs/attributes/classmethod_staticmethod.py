# classmethod and staticmethod, called on the class, an instance and a subclass.
class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1

    @classmethod
    def from_string(cls, s):
        parts = s.split("-")
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    def kind(cls):
        return cls.__name__

    def show(self):
        return "%04d/%02d/%02d leap=%s" % (self.y, self.m, self.d, self.is_leap(self.y))


class Holiday(Date):
    pass


d = Date.from_string("2024-02-29")
h = Holiday.from_string("1900-12-25")
print(d.show(), type(d).__name__)
print(h.show(), type(h).__name__)
print(Date.is_leap(2000), d.is_leap(1900), Holiday.is_leap(2023))
print(Date.kind(), d.kind(), Holiday.kind(), h.kind())
print(Date.count, Holiday.count)
sm = Date.is_leap
cm = Date.kind
print(sm(2024), cm(), type(sm).__name__, type(cm).__name__, cm.__self__ is Date)
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["kind"]).__name__)
print(Date.__dict__["is_leap"].__func__(1600))


def plain(x):
    return x + 1


class Util:
    inc = staticmethod(plain)
    make = classmethod(lambda cls, v: [cls.__name__, v])


print(Util.inc(1), Util().inc(2), Util.make(3), Util().make(4))
