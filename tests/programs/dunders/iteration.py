# __iter__/__next__ iterator protocol, StopIteration ending a for loop, and the
# old-style __getitem__ iteration protocol (IndexError ends the loop).
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for i in Countdown(3):
    print("tick", i)
print(list(Countdown(4)), sum(Countdown(10)), sorted(Countdown(3)))
it = Countdown(2)
print(iter(it) is it, next(it), next(it), next(it, "done"))


class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __iter__(self):
        return Range2Iter(self.lo, self.hi)


class Range2Iter:
    def __init__(self, cur, hi):
        self.cur = cur
        self.hi = hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration()
        self.cur += 2
        return self.cur - 2


r = Range2(1, 8)
print(list(r), list(r), [x * x for x in r], tuple(r), set(r) == {1, 3, 5, 7})
a, b, *rest = Range2(0, 10)
print(a, b, rest, dict(zip(Range2(0, 6), "abc")), list(enumerate(Range2(0, 4))))
print(max(Range2(0, 9)), min(Range2(3, 9)), 5 in Range2(1, 9), 4 in Range2(1, 9))


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10


print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print("seq", v)
print(list(map(lambda x: x + 1, Seq())), "-".join(map(str, Seq())))
