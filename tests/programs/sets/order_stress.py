# Set iteration order under collisions, deletions, copies and algebra
print({0, 32, 64, 96, 128, 8, 16})
print({1, 9, 17, 25, 33, 41})
print(set(range(-20, 20, 3)))
print({0.1, 0.2, 0.3, 0.7, 1.1, 2.2, 3.3})
print({(0, 0), (0, 1), (1, 0), (2, 3), (3, 2), (-1, -1)})
big = set(range(1000))
for i in range(1000):
    if i % 97 != 5:
        big.discard(i)
print(big)
print(set(big))
print(big.copy())
print(frozenset(big))
print({*big})
big.add(1000)
big.add(3)
print(big)
small = {3, 500, 1000, 7}
large = set(range(0, 2000, 7))
print(small & large)
print(large & small)
print(small.intersection(large), large.intersection(small))
print(small - large, small ^ {1000, 1001, 2000})
print({1000, 7, 3} | {2, 1})
print({2, 1} | {1000, 7, 3})
s = set()
for i in range(50):
    s.add(i * 64)
print(s)
s.clear()
for i in [5, 3, 1]:
    s.add(i)
print(s)
t = {2 ** 61 - 1, 2 ** 61, 0, 1, 2 ** 62 - 2}
print(t)
u = set()
for i in range(5):
    u.add(i)
    u.add(i + 8)
    u.discard(i)
print(u)
for i in range(5):
    u.add(i)
print(u)
v = set(range(20))
while len(v) > 3:
    v.pop()
print(v)
w = {-1, -2, -3, -4, 1, 2, 3, 4}
print(w, sorted(w))
print(frozenset({frozenset({1}), frozenset({2}), frozenset({1, 2}), frozenset()}))
print(set([10 ** 18, 10 ** 19, 10 ** 20, -(10 ** 18)]))
print({1.5, 2, 2.5, 3, 3.5, 4, -1.5})
print(set(range(0, 100, 10)) | set(range(5, 100, 10)))
