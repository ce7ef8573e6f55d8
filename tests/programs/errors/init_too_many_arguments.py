# Calling a class with more arguments than __init__ takes.
class C:
    def __init__(self, a):
        self.a = a


print(C(1).a)
C(1, 2)
