# Function annotations (__annotations__ of parameters, *args, keyword-only, **kwargs and return;
# postponed ones as strings), X | Y unions (types.UnionType) in isinstance, issubclass, annotations.
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {'x': int}
print(g.__annotations__)
class C:
    def m(self, __p: int) -> 'C': ...
print(C.m.__annotations__)
import functools
@functools.singledispatch
def show(x): return 'object'
@show.register
def _(x: int): return 'int'
@show.register
def _(x: list): return 'list'
print(show(1), show([1]), show('s'))
from typing import get_type_hints
def h(n: int, m: 'float') -> None: pass
print(h.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e: print(e)
u = int | str
print(u, type(u), u.__args__, int | None, (int | str) | float, int | int, u == (str | int), isinstance(3, u), isinstance(3.0, u), issubclass(bool, u), list[int] | None, type(None) | int)
try: int | 3
except TypeError as e: print(e)
print(hash(u) == hash(str | int), isinstance(None, int | None), None | int)
def f(x: int | None = None) -> list[str] | None: pass
print(f.__annotations__)
print(isinstance(3, (int | str, float)), isinstance(2.0, (bytes, int | None)), issubclass(bool, (str, int | None)), isinstance(None, int | None))
try: isinstance(3, 5)
except TypeError as e: print(e)
class X: pass
try: isinstance(3, X())
except TypeError as e: print(e)
