class C:
    """doc"""
    x: int
    y: str = "a"
    z: list = None
    if True:
        w: float = 1.0
    __p: int = 3
print(C.__annotations__, C.y, C.z, C.__doc__)
v: int = 5
u: "List[int]"
print(__annotations__, v)
class D(C):
    q: bool
print(D.__annotations__)
def f():
    a: int = 1
    b: undefined_name
    return a
print(f())
class E:
    pass
print(hasattr(E, '__annotations__'))
