# Iterating over an instance with neither __iter__ nor __getitem__.
class C:
    pass


print("start")
for x in C():
    print(x)
