print("start")
a = [1, 2, 3]
a[slice(None, None, 2)] = 5
