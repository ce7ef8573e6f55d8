print("start")
print(ord(65))
