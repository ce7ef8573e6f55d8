print("start")
a = [1, 2, 3]
a[slice(0, 1)] = 5
