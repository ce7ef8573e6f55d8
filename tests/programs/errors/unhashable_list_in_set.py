# TypeError: a list cannot be a set element
s = {1, 2, (3, 4)}
print(sorted(s, key=str))
items = [5, 6]
s.add(7)
print(len(s))
s.add(items)
print("not reached")
