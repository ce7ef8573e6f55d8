# Partial effects left behind when an operation raises midway (sort, extend, update, unpacking, +=).
x = [3, 1, 2, "a", 0, 5]
try:
    x.sort()
except TypeError as e:
    print(e, x)
y = [3, 1, 2]
def key(v):
    if v == 2:
        raise ValueError("key")
    return v
try:
    y.sort(key=key)
except ValueError as e:
    print(e, y)
class Bad:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise RuntimeError("iter broke at " + str(self.i))
        return self.i
l = [0]
try:
    l.extend(Bad(3))
except RuntimeError as e:
    print(e, l)
d = {"a": 1}
try:
    d.update([("b", 2), ("c",), ("d", 4)])
except ValueError as e:
    print(e, d)
try:
    a, b = Bad(5)
except ValueError as e:
    print(e)
try:
    a, b, c = Bad(2)
except RuntimeError as e:
    print(e)
try:
    a, *b = Bad(1)
except RuntimeError as e:
    print(e)
s = "abc"
try:
    s = s + 1
except TypeError as e:
    print(e, s)
lst = [1, 2, 3]
try:
    lst[0], lst[5] = 10, 20
except IndexError as e:
    print(e, lst)
d2 = {}
try:
    d2["a"], d2[[1]] = 1, 2
except TypeError as e:
    print(e, d2)
cnt = 0
try:
    for cnt in Bad(3):
        pass
except RuntimeError as e:
    print(e, cnt)
t = [1, 2]
try:
    t += Bad(4)
except Exception as e:
    print(type(e).__name__, e, t)
u = [0]
try:
    u += {"k": 1, "j": 2}
except Exception as e:
    print(type(e).__name__, e)
print(u)
m = list(range(5))
try:
    m[1:3] = Bad(9)
except RuntimeError as e:
    print(e, m)
z = [1]
try:
    z.append(z.index(9))
except ValueError as e:
    print(e, z)
try:
    print(max([], default=None), max([]))
except ValueError as e:
    print(e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(e)
