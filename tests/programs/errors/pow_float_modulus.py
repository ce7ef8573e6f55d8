print("start")
print(pow(2, 3, 1.0))
