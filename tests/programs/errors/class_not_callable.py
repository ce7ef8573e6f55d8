# Calling an instance of a class without __call__.
class C:
    pass


c = C()
print(callable(c), callable(C))
c()
