print("start")
t = (1, 2, 3)
t[slice(0, 1)] = [5]
