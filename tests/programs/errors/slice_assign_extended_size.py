print("start")
a = [1, 2, 3, 4]
a[slice(None, None, 2)] = [1, 2, 3]
