# Python code run by a built-in protocol (__eq__ in `in`/index/count/==, __lt__ in sort,
# __repr__ in a list's repr) changes the container being walked: no crash, CPython's results.
xs = list(range(10))


class ClearsOnEq:
    def __eq__(self, other):
        xs.clear()
        return False


print(ClearsOnEq() in xs, len(xs))
xs = list(range(10))
print(xs.count(ClearsOnEq()), xs)
xs = [1, 2, 3]


class GrowsOnEq:
    def __eq__(self, other):
        if len(xs) < 6:
            xs.append(len(xs))
        return other == 5


print(GrowsOnEq() in xs, xs)


class Shrinks:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        del left[1:]
        return True


left = [Shrinks(1), Shrinks(2), Shrinks(3)]
right = [1, 2, 3]
print(left == right, len(left))


class R:
    def __repr__(self):
        zs.clear()
        return "R"


zs = [R(), R(), 3]
print(zs, zs)


class L:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "L" + str(self.v)


ys = [L(3), L(1), L(2)]
ys.sort()
print(ys, min(ys), max(ys), sorted(ys, reverse=True))
