# enumerate, zip, map, filter, reversed, iter, next, any, all
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], 10)), list(enumerate((), 5)), list(enumerate("ab", start=-1)))
print(list(enumerate(range(3), 2 ** 64)))
print(list(zip([1, 2, 3], "abcd")), list(zip()), list(zip(range(2))), list(zip((1, 2), [3, 4], "56")))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=False)))
def add(a, b):
    return a + b
def square(x):
    return x * x
print(list(map(square, range(5))), list(map(add, [1, 2, 3], [10, 20])), list(map(str, [1, 2.5, None])))
def odd(x):
    return x % 2
print(list(filter(odd, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("héllo")), list(reversed(range(5))))
print(list(reversed(range(0, 20, 3))), list(reversed(range(5, 0, -2))), list(reversed(range(0))))
print(list(reversed(range(2 ** 70, 2 ** 70 + 3))))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
print(iter(it) is it, list(iter("ab")), list(iter(range(2))))
print(any([]), all([]), any([0, "", 1]), all([1, "a", 0]), any(map(odd, [2, 4, 5])), all(range(1, 4)), all(range(0, 4)))
m = map(square, [1, 2, 3])
print(next(m), list(m), list(m))
e = enumerate(zip("ab", map(square, [3, 4])))
for pair in e:
    print(pair)
nested = map(add, map(square, range(4)), filter(odd, range(8)))
print(list(nested))
l = [1, 2, 3]
r = reversed(l)
print(next(r))
l.pop()
l.pop()
print(list(r))
z = zip([1, 2, 3], [4])
print(list(z), list(z))
print(isinstance(enumerate([]), enumerate), isinstance(zip(), zip), isinstance(map(str, []), map))
print(isinstance(filter(None, []), filter), isinstance(reversed(()), reversed), isinstance(reversed([]), reversed))
