print("start")
a = [3, "x", 1]
a.sort()
