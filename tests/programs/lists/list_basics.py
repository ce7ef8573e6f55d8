# list literals, repetition, indexing, item assignment
a = [1, 2, 3, 4, 5]
print(a, len(a), a[0], a[4], a[-1], a[-5])
print([0] * 5, [1, 2] * 3, 2 * ["x"], [] * 10, [7] * 0, [7] * -3)
grid = [[0] * 3] * 2
grid[0][1] = 9
print(grid)
a[0] = 100
a[-1] = -100
a[2] = "three"
print(a)
i = 0
while i < len(a):
    a[i] = str(a[i]) + "!"
    i = i + 1
print(a)
print([], [[]], [[], []], len([[]]))
b = [1, "two", 3.0, None, True, [4, 5], (6, 7)]
print(b)
print(len(b), b[5], b[5][1], b[-1][0], b[-2][-1])
nested = [[1, 2, [3, 4]], [5]]
print(nested[0][2][1], nested[-1][0], len(nested[0]))
nested[0][2][0] = "deep"
print(nested)
c = [None] * 4
for k in range(4):
    c[k] = k * k
print(c)
print(a[len(a) - 1], a[-len(a)])
