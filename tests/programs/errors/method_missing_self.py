# Calling a method through the class without the instance.
class C:
    def m(self, a):
        return a


print(C().m(1), C.m(C(), 2))
C.m(3)
