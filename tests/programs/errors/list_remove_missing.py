# ValueError: list.remove of a missing value
a = [1, 2, 3, 2]
a.remove(2)
print(a)
a.remove(2)
print(a)
a.remove(2)
print("not reached")
