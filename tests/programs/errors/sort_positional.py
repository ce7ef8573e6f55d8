print("start")
a = [1]
a.sort(len)
