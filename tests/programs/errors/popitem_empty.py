d = dict(a=1)
print(d.popitem())
print(d.popitem())
