# Reading a missing attribute on an instance.
class C:
    y = 1

    def __init__(self):
        self.w = 2


c = C()
print(c.y, c.w)
print(c.x)
