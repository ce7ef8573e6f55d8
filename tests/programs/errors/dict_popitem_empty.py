# KeyError from popitem on an empty dict
d = {"k": "v", "w": "z"}
print(d.popitem())
print(d.popitem())
print(d)
d.popitem()
print("not reached")
