# Assigning an attribute not listed in __slots__.
class C:
    __slots__ = ("x", "y")


c = C()
c.x = 1
c.y = 2
print(c.x + c.y)
c.z = 3
