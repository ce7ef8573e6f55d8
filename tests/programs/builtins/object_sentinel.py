# object(): bare instances as sentinels: identity equality and hashing, no attributes, repr.
s = object()
t = object()
print(type(s), s == s, s == t, s is s, s != t, hash(s) == hash(s), isinstance(s, object))
print(repr(s)[:17], str(s)[:17])
d = {s: 1, t: 2}
print(d[s], d[t], len({s, t, s}))
try:
    s.x = 1
except AttributeError as e:
    print(e)
try:
    s.y
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(object.__name__, s.__class__)
