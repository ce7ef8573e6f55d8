def lookup(table, key):
    return table[key]


d = dict(a=1)
d[(1, 2)] = "pair"
print(lookup(d, "a"), lookup(d, (1, 2)))
print(lookup(d, "missing"))
