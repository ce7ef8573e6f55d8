# TypeError: dicts support == but not <
a = {1: 2}
b = {1: 2}
print(a == b, a != b)
print(a < b)
