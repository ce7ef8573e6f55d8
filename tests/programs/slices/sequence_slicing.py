# reading slices of list, tuple, str and range
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
t = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
s = "abcdefghij"
r = range(10)
cases = [
    slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2),
    slice(None, None, -1), slice(8, 2, -2), slice(-100, 100), slice(100, -100, -1),
    slice(5, 2), slice(3, 3), slice(1, None, 3), slice(-1, -11, -3), slice(0, 10 ** 30),
    slice(-10 ** 30, None, 4), slice(None, None, 10 ** 30), slice(None, None, -10 ** 30),
    slice(True, None), slice(None, 5, -1),
]
for c in cases:
    print(c, a[c], t[c], s[c], r[c])
print(range(0, 10)[slice(2, 8, 2)], range(0, 100, 7)[slice(-3, None)], range(10, 0, -3)[slice(None, None, -1)])
print(range(0, 10)[slice(None, None, -1)], range(0, 10, 3)[slice(None, None, -2)])
print(list(range(5, 50, 5)[slice(1, -1, 2)]))
print(range(2 ** 80, 2 ** 80 + 10)[slice(2, 4)])
u = "héllo wörld ✓ ok"
print(u[slice(1, 5)], u[slice(None, None, -1)], u[slice(3, None, 3)], len(u[slice(2, -2)]))
e = ()
print(e[slice(1, 2)], ""[slice(None, None, -1)] == "", [][slice(5)])
print(t[slice(None)] is t, s[slice(None)] is s)
nested = [[1, 2], [3, 4]]
copy = nested[slice(None)]
copy[0].append(9)
print(nested, copy is nested)
