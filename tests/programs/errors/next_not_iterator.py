print("start")
next([1, 2])
