# Checks generators consumed by iter/next with default, for, list, sum, unpacking, zip, enumerate, in.
def squares(n):
    for i in range(n):
        yield i * i

g = squares(3)
print(iter(g) is g, g.__iter__() is g)
print(next(g), next(g, "d"), next(g, "d"), next(g, "d"), next(g, None))
print(list(squares(5)), tuple(squares(3)), sum(squares(4)))
print(sum(squares(4), 100), max(squares(5)), min(squares(5)))
print(sorted(squares(4), reverse=True))
a, b, c = squares(3)
print(a, b, c)
first, *rest = squares(5)
print(first, rest)
*init, last = squares(4)
print(init, last)
try:
    x, y = squares(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = squares(2)
except ValueError as e:
    print("ValueError:", e)
print(list(zip(squares(3), "abcdef")))
print(list(enumerate(squares(3), 1)))
print(dict(zip("xyz", squares(10))))
print(4 in squares(5), 5 in squares(5))
g = squares(10)
print(9 in g, next(g))
print([*squares(2), *squares(3)])
print(list(map(str, squares(3))))
print(any(squares(1)), all(squares(3)), any(squares(3)))
print("-".join(str(v) for v in squares(4)))
print(list(reversed(list(squares(3)))))
try:
    reversed(squares(3))
except TypeError as e:
    print("TypeError:", e)
try:
    len(squares(3))
except TypeError as e:
    print("TypeError:", e)
try:
    squares(3)[0]
except TypeError as e:
    print("TypeError:", e)
# zip stops at the shortest: the longer generator is left suspended mid-way
long = squares(10)
print(list(zip(long, [0, 0])), next(long))
# calling next on a non-iterator
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(next(iter([]), "empty default"))
# for loop with else
for v in squares(2):
    print("loop", v)
else:
    print("else ran")
