print("start")
enumerate([], "a")
