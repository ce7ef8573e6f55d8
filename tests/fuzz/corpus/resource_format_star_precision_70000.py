s = '%.*f' % (70000, 1.0)
print(len(s))
