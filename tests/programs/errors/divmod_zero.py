print("start")
print(divmod(7, 0))
