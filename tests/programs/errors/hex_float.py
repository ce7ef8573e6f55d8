print("start")
print(hex(1.5))
