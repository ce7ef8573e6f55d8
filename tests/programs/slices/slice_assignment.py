# assigning to slices of lists
a = list(range(10))
a[slice(2, 5)] = ["x", "y"]
print(a)
a[slice(0, 0)] = [100, 101, 102]
print(a)
a[slice(len(a), None)] = (7, 8)
print(a)
a[slice(-2, None)] = []
print(a)
a[slice(None)] = "abc"
print(a)
a[slice(None)] = a
print(a)
a[slice(1, 2)] = a
print(a)
b = list(range(10))
b[slice(None, None, 2)] = [0, 0, 0, 0, 0]
print(b)
b[slice(None, None, -3)] = ["p", "q", "r", "s"]
print(b)
b[slice(1, 2, 5)] = ["only"]
print(b)
b[slice(5, 1)] = [1, 2]
print(b)
b[slice(8, 2, -1)] = range(6)
print(b)
c = [1, 2, 3]
c[slice(1, 2, 1)] = range(4)
print(c)
c[slice(10 ** 30, None)] = [4]
print(c)
c[slice(-10 ** 30, 1)] = []
print(c)
d = [1, 2, 3, 4]
d[slice(None, None, 2)] = map(str, [8, 9])
print(d)
def twice(x):
    return x * 2
d[slice(1, 3)] = map(twice, "ab")
print(d)
e = []
e[slice(None, None, -1)] = []
print(e)
