d = dict()
d[1] = "one"
print(d[1.0], d[True])
d.pop(1)
print(d)
print(d[(1, "x")])
