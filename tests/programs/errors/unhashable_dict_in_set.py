# TypeError: membership test of a dict in a set
s = {1, 2, 3}
print(1 in s, (1, 2) in s, frozenset() in s)
print({} in s)
