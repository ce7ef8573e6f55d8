print("start")
print(sum(["a", "b"], ""))
