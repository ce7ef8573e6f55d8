d = {"a": 1, "b": }
print(d)
