# TypeError: cannot unpack a non-iterable
values = [(1, 2), [3, 4], "ab", 5]
for v in values:
    x, y = v
    print(x, y)
