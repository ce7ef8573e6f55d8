s = set(range(3))
for x in s:
    print(x)
    s.discard(x)
