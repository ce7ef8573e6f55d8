# The keys() protocol: dict(), dict.update() and {**m} over objects with keys() and __getitem__.
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
print(dict(M()), {**M(), 'c': 1})
d = {}
d.update(M())
print(d, dict(M(), z=0))
from collections import UserDict
u = UserDict(x=1)
print(dict(u), {**u})
