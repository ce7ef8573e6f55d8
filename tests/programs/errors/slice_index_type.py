print("start")
print("abc"[slice(1.5, 2)])
