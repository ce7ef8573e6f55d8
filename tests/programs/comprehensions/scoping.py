# Comprehension scoping: no leaking, first iterable in enclosing scope, closures, :=
x = "module x"
squares = [x * x for x in range(5)]
print(squares, x)
i = 42
s = {i for i in range(3)}
d = {i: i for i in range(2)}
print(s, d, i)
y = [1, 2, 3]
print([y for y in y], y)
n = 3
print([[n for n in range(n)] for n in range(n)], n)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
print([(lambda: k * 10)() for k in range(3)])
vals = [last := v for v in [5, 6, 7]]
print(vals, last)
total = 0
sums = [total := total + v for v in range(1, 6)]
print(sums, total)
print([m for v in range(10) if (m := v * v) > 20], m)
def in_function(data, factor):
    offset = 100
    scaled = [d * factor + offset for d in data]
    pairs = {d: scaled[k] for k, d in enumerate(data)}
    found = [hit for d in data if (hit := d * factor) > 5]
    return scaled, pairs, found, hit
print(in_function([1, 2, 3], 3))
def closures_in_function():
    base = 10
    adders = [lambda v, k=k: v + k + base for k in range(3)]
    base = 1000
    return [a(1) for a in adders]
print(closures_in_function())
def first_iter_scope():
    items = [1, 2, 3]
    return [[items for items in range(k)] for k in items]
print(first_iter_scope())
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[c] for row in matrix] for c in range(len(matrix[0]))])
print([v for row in matrix for v in row if v % 2 == 0])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [grid[k][k] for k in range(3)])
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print([tick() for _ in range(4)], counter)
def outer_param(p):
    return [lambda q: p + q + z for z in range(2)]
fs = outer_param(100)
print(fs[0](1), fs[1](1))
print({k: v for k, v in [("a", 1), ("a", 2), ("b", 3)]})
