class A:
    x = 1
    def m(self): pass
a = A(); a.y = 2
print(dir(a))
print(dir(A))
class S:
    __slots__ = ('p',)
print(dir(S()))
class B(A):
    z = 3
    def __init__(self):
        self.w = 0
print(dir(B()))
print([n for n in dir(B()) if not n.startswith('_')])
from dataclasses import dataclass
@dataclass
class P:
    x: int
    y: int = 0
print([n for n in dir(P(1)) if not n.startswith('__')])
