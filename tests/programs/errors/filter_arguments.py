print("start")
filter(None)
