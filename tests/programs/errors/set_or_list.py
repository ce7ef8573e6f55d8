# TypeError: | between a set and a list (the method form accepts it)
s = {1, 2}
print(s.union([3]))
print(s | {3})
print(s | [3])
