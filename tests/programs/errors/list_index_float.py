# TypeError: list indices must be integers or slices
a = [10, 20, 30]
print(a[1], a[True], a[1:2])
i = 1.0
print(a[i])
