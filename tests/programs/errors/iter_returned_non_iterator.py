# __iter__ returning something that is not an iterator.
class C:
    def __iter__(self):
        return 5


print("before")
for x in C():
    print(x)
