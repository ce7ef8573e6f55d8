print("start")
max([])
