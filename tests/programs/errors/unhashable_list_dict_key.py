# TypeError: a list cannot be a dict key
d = {}
d[(1, 2)] = "tuple ok"
print(d)
key = [1, 2]
print("about to use", key)
d[key] = "list"
print("not reached")
