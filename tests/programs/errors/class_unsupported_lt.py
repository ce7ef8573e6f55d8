# Ordering instances of a class without __lt__/__gt__.
class C:
    pass


a = C()
b = C()
print(a == a, a != b)
print(a < b)
