# Iteration order of sets that grow, shrink and refill
s = set()
for i in range(6):
    s.add(i * 37 % 101)
print(s)
for i in range(6, 21):
    s.add(i * 37 % 101)
print(s)
for i in range(21, 101):
    s.add(i * 37 % 101)
print(len(s))
print(s)
t = set()
for i in range(30):
    t.add(i * i - 50)
print(t)
u = {1, 2, 3, 4, 5, 6, 7, 8}
u.remove(3)
u.discard(5)
u.discard(99)
print(u)
u.add(5)
u.add(3)
print(u)
u.add(13)
u.add(21)
print(u)
v = set(range(0, 64, 8))
print(v)
v.discard(16)
v.add(72)
v.add(16)
print(v)
w = set()
for i in range(20):
    w.add(i)
for i in range(0, 20, 2):
    w.remove(i)
print(w)
for i in range(100, 130):
    w.add(i)
print(w)
big = set()
for i in range(40):
    big.add(2 ** (i + 30) + i)
print(big)
fl = set()
for i in range(25):
    fl.add(i / 4)
print(fl)
p = {9, 1, 33, 17, 5}
out = []
while p:
    out.append(p.pop())
print(out)
q = set(range(1, 30, 3))
q.add(-4)
print(q.pop(), q.pop(), q.pop(), q)
r = set()
for i in range(300):
    r.add(i * 7919 % 1009)
for i in range(0, 1009, 2):
    r.discard(i)
print(len(r), sum(r))
print(sorted(r)[:10], list(r)[:10])
m = {-1, -2}
m.add(-3)
print(m)
