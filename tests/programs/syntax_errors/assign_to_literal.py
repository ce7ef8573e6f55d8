x = 3
print("start")
1 = x
print(x)
