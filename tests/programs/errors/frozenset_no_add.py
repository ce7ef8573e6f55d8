# AttributeError: frozensets are immutable
f = frozenset([1, 2])
s = set(f)
s.add(3)
print(f, s)
f.add(3)
