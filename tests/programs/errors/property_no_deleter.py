# Deleting a property that has no deleter.
class C:
    @property
    def x(self):
        return 1

    @x.setter
    def x(self, v):
        print("set", v)


c = C()
c.x = 5
print(c.x)
del c.x
