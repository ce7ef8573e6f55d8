print(list(5))
