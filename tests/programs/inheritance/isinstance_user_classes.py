# isinstance/issubclass across a user hierarchy, tuples, __bases__ and __subclasses__.
class Shape:
    pass


class Poly(Shape):
    pass


class Tri(Poly):
    pass


class Quad(Poly):
    pass


class Circle(Shape):
    pass


class Mixin:
    pass


class Square(Quad, Mixin):
    pass


things = [Shape(), Poly(), Tri(), Quad(), Circle(), Square()]
for t in things:
    print(type(t).__name__, isinstance(t, Shape), isinstance(t, Poly), isinstance(t, (Circle, Mixin)), type(t) is Poly)
print(issubclass(Square, Shape), issubclass(Square, Mixin), issubclass(Mixin, Shape), issubclass(Circle, (Poly, Quad)))
print([c.__name__ for c in Poly.__subclasses__()], [c.__name__ for c in Shape.__subclasses__()])
print([c.__name__ for c in Square.__bases__], [c.__name__ for c in Square.__mro__])
print(issubclass(Tri, object), isinstance(Tri, type), isinstance(Tri(), type))
counts = {}
for t in things:
    for cls in type(t).__mro__:
        counts[cls.__name__] = counts.get(cls.__name__, 0) + 1
print(sorted(counts.items()))
