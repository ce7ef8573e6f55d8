print("start")
(1, 2).index(3)
