# Item assignment on an instance with __getitem__ but no __setitem__.
class C:
    def __getitem__(self, i):
        return i * 2


c = C()
print(c[4])
c[0] = 1
