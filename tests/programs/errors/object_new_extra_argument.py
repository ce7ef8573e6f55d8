# A __new__ that forwards its arguments to object.__new__.
class C:
    def __new__(cls, *args):
        print("C.__new__", args)
        return super().__new__(cls, *args)


print(type(C()).__name__)
C(1)
