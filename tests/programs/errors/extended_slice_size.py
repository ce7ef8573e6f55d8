# ValueError: extended slice assignment needs a sequence of the same size
a = [0, 1, 2, 3]
a[::2] = ["x", "y"]
print(a)
a[1:3] = [7, 8, 9]
print(a)
a[::3] = [1, 2, 3]
print("not reached")
