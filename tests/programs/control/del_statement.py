# del of names, several targets, dict keys and list items in loops
x = 1
y = 2
z = 3
del x
x = "rebound"
print(x, y, z)
del y, z
y = [1, 2, 3]
z = {"a": 1, "b": 2, "c": 3}
print(y, z)
del y[0], z["a"]
print(y, z)
d = {}
for i in range(10):
    d[i] = i * i
for i in range(10):
    if i % 3:
        del d[i]
print(d)
a = list(range(10))
for i in range(5):
    del a[i]
print(a)
b = list(range(10))
for i in range(len(b) - 1, -1, -1):
    if b[i] % 2 == 0:
        del b[i]
print(b)
def f(n):
    v = n * 2
    w = v + 1
    del v
    v = w * 10
    del w
    return v
print(f(4))
def g():
    items = [1, 2, 3]
    first = items[0]
    del items[0], first
    return items
print(g())
p, q = 1, 2
del (p, q)
p = 5
print(p)
e = [[1, 2], [3, 4]]
del e[0][1], e[1]
print(e)
for k in range(3):
    tmp = k
    del tmp
print(k)
lst = [0, 1, 2, 3, 4]
del [lst[0], lst[1]]
print(lst)
