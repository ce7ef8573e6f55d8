# __iter__ delegating to a built-in iterator, __reversed__, __len__ and __contains__ together.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __reversed__(self):
        return iter(self.items[::-1])

    def __contains__(self, x):
        return x in self.items


b = Bag(3, 1, 4, 1, 5)
print(list(b), len(b), list(reversed(b)), 4 in b, 9 in b)
print(sorted(b), sum(b), max(b), sorted(set(b)), dict(enumerate(b)))
print([x * 2 for x in b], list(zip(b, "abcde")), list(map(str, b)))
it = iter(b)
print(next(it), next(it), list(it))
x, y, *z = b
print(x, y, z, [*b, 0], (*b,))
print(" ".join([str(i) for i in b]), any([v > 4 for v in b]))
nested = Bag(Bag(1, 2), Bag(3))
print([list(inner) for inner in nested], [len(inner) for inner in nested])
