# lambda expressions: inline, key=, returned, defaults, closures
sq = lambda x: x * x
print(sq(7), (lambda a, b: a - b)(10, 3), (lambda: "none")())
add = lambda a, b=10, *rest, **kw: (a + b, rest, kw)
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, k=5))
words = ["banana", "Apple", "cherry", "date", "Elder"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: len(w)))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))

def multiplier(n):
    return lambda x: x * n

double = multiplier(2)
triple = multiplier(3)
print(double(21), triple(5), multiplier(10)(multiplier(2)(3)))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(double, inc)(5), compose(inc, double)(5))
print(list(map(lambda x: x % 3, range(8))))
print(list(filter(lambda x: x % 2, range(10))))
curried = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curried(1)(2)(3))
table = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(table["add"](3, 4), table["mul"](3, 4))
print((lambda *args: sum(args))(1, 2, 3, 4))
print((lambda **kw: sorted(kw.items()))(z=1, a=2))
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
fns = [lambda x, i=i: x + i for i in range(3)]
print([fn(10) for fn in fns])
print((lambda x: [x, x])(1), (lambda x, y=2, *, z=3: x + y + z)(1, z=10))
counter = 0
def bump():
    global counter
    counter += 1
    return counter
call_twice = lambda f: (f(), f())
print(call_twice(bump), counter)
print(callable(sq), (lambda: lambda: 7)()())
