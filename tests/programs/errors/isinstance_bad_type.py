print("start")
print(isinstance(1, len))
