# Calling a class with too few arguments for __init__.
class C:
    def __init__(self, x):
        self.x = x


print(C(1).x)
C()
