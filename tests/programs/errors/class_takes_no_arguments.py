# A class with no __init__ (and no __new__) called with arguments.
class C:
    pass


print(type(C()).__name__)
C(1)
