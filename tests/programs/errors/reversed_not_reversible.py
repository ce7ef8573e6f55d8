print("start")
reversed(5)
