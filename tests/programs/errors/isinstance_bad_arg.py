# isinstance() with an instance as its second argument.
class C:
    pass


print(isinstance(C(), C))
print(isinstance(1, C()))
