# next() on an instance that has __iter__ but no __next__.
class C:
    def __iter__(self):
        return iter([1])


c = C()
print(next(iter(c)))
next(c)
