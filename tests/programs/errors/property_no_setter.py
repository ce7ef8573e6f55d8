# Assigning to a read-only property.
class C:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x


c = C()
print(c.x)
c.x = 2
