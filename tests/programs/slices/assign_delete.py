# Slice assignment (grow, shrink, extended) and deletion on lists
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["a", "b", "c", "d"]
print(a)
a[2:6] = [None]
print(a)
a[:] = [9, 8, 7]
print(a)
a[1:1] = [100, 200]
print(a)
a[len(a):] = [-1, -2]
print(a)
a[:0] = ["front"]
print(a)
a[2:4] = []
print(a)
a[-2:] = "xy"
print(a)
a[1:3] = range(3)
print(a)
a[10:20] = [42]
print(a)
b = list(range(10))
b[::2] = ["e0", "e2", "e4", "e6", "e8"]
print(b)
b[1::2] = [-1] * 5
print(b)
b[::-3] = "ABCD"
print(b)
b[8:2:-2] = (7, 8, 9)
print(b)
b[::1] = [1, 2]
print(b)
c = list(range(10))
c[5:2] = ["ins"]
print(c)
c[:] = []
print(c, len(c))
alias = [1, 2, 3]
keep = alias
alias[:] = [4, 5]
print(keep, keep is alias)
self_ref = [1, 2, 3]
self_ref[1:2] = self_ref
print(self_ref)
d = list(range(10))
del d[0]
print(d)
del d[-1]
print(d)
del d[2:4]
print(d)
del d[::2]
print(d)
del d[10:]
print(d)
del d[:]
print(d)
e = list(range(12))
del e[1::3]
print(e)
del e[::-2]
print(e)
del e[5:1]
print(e)
f = list(range(8))
i = 0
while i < len(f):
    if f[i] % 3 == 0:
        del f[i]
    else:
        i += 1
print(f)
g = [[1, 2, 3], [4, 5, 6]]
g[0][1:] = [0]
del g[1][::2]
print(g)
