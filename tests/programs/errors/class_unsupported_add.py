# A class without __add__ used with +.
class C:
    pass


c = C()
print(type(c).__name__)
print(c + 1)
