# TypeError: a set cannot be an element of a set (frozenset can)
outer = {frozenset([1, 2])}
print(outer)
inner = {3, 4}
outer.add(frozenset(inner))
print(len(outer))
print({inner})
