print("start")
print([1, 2, 3][slice(None, None, 0)])
