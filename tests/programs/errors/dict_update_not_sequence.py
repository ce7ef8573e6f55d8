# TypeError: dict() from a sequence whose element is not iterable
d = {}
d.update([("k", "v")])
print(d)
d.update([1, 2])
