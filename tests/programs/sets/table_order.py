# Orders that depend on CPython's exact table sizes, dummies and pop finger.
c = set(range(0, 300, 7))
for i in range(0, 300, 21):
    c.discard(i)
c ^= frozenset(range(1, 60, 5))
print(c | c)
print(c | frozenset([1000, 2000]))

# set(s) and s.copy() of a set with dummies reinsert cleanly into a bigger table.
d = set([8, 1, 2, 3, 4, 16, 24])
d.remove(16)
print(d, d.copy(), set(d), frozenset(d))

# The pop finger survives intersection_update, &= and clear.
p = set(range(40))
print(p.pop(), p.pop())
p.intersection_update(range(5, 35))
print(p.pop(), p.pop())
p &= set(range(10, 30))
print(p.pop(), p)
p.clear()
p.update([3, 1, 2, 9])
print(p.pop(), p)

# Mixed numeric types share hashes with equal ints.
m = set([2**70, 2.5, -7, (2**70, 1), 10**20])
m.add(float(2**70))
m.add(-7.0)
print(m, len(m))

# dict keys feed set() with their stored hashes, after a pre-sizing resize.
keys = dict.fromkeys(range(100, 0, -9))
print(set(keys), set(keys.keys()), len(keys))
s = set([5])
s.update(keys)
print(s)
s.symmetric_difference_update(dict.fromkeys([5, 100, 7]))
print(s)
print(s.difference(keys), set(range(50)).difference(keys))
