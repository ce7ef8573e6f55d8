# Reading a missing attribute on the class itself.
class C:
    y = 1


print(C.y)
print(C.x)
