s = set([(1, 2)])
print(s, hash((1, 2)))
s.add((1, [2]))
