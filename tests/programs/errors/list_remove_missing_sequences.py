print("start")
[1, 2].remove(3)
