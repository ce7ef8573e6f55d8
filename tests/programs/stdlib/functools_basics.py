# Tests functools: reduce, partial, lru_cache, cache, wraps, update_wrapper, total_ordering, cmp_to_key.
import functools
import operator
from functools import reduce, partial, lru_cache, cache, wraps, update_wrapper, total_ordering, cmp_to_key

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(operator.add, [], 10))
print(reduce(operator.add, [5]))
print(reduce(operator.add, ["a", "b", "c"], ">"))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, iter([3, 9, 2])))
for args in [(operator.add, []), (operator.add, iter(()))]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print(type(e).__name__, e)

def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(3), cube(3, exp=4))
two_to = partial(power, 2)
print(two_to(10), two_to(exp=5), two_to(10, mod=1000))
print(two_to.func is power, two_to.args, two_to.keywords)
print(cube.func is power, cube.args, cube.keywords)
nested = partial(partial(power, 3), mod=5)
print(nested(4), nested.func is power, nested.args, sorted(nested.keywords.items()))
p3 = partial(partial(max, 1, 2), 3, key=lambda x: -x)
print(p3(), p3(0), p3.args)
join = partial("-".join)
print(join(["a", "b"]))
basetwo = partial(int, base=2)
print(basetwo("10010"), basetwo("111", base=10))
p = partial(print, "x", sep="|")
p("y", "z")
print(callable(partial(len)), partial(len)([1, 2]))
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)

calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(x) for x in [1, 2, 1, 3, 1, 2]], calls)
print(tuple(sq.cache_info()))
print(sq.cache_info().hits, sq.cache_info().maxsize)
sq.cache_clear()
print(tuple(sq.cache_info()))
print(sq(4), sq.__wrapped__(5), tuple(sq.cache_info()))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), tuple(fib.cache_info()))

@lru_cache
def ident(x):
    return x
print(ident(1), ident(1), ident("a"), tuple(ident.cache_info()))

@lru_cache(typed=True)
def tid(x):
    return type(x).__name__
print(tid(1), tid(1.0), tid(1), tuple(tid.cache_info()))

@lru_cache(maxsize=0)
def nocache(x):
    return x + 1
print(nocache(1), nocache(1), tuple(nocache.cache_info()))

@lru_cache()
def kw(a, b=0):
    return a + b
print(kw(1, b=2), kw(1, b=2), kw(5), tuple(kw.cache_info()))
try:
    kw([1])
except TypeError as e:
    print(type(e).__name__, e)

@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(25), tuple(fact.cache_info()))
print(fact(10), fact.cache_info().hits)

def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper

@deco
def greet(name):
    """Say hello."""
    return "hi " + name
print(greet("bo"), greet.__name__, greet.__doc__, greet.__wrapped__("al"))
print(greet.__qualname__, greet.__module__)

def plain_wrapper(*a):
    return 0
def original():
    "orig doc"
original.extra = 42
w = update_wrapper(plain_wrapper, original)
print(w is plain_wrapper, w.__name__, w.__doc__, w.extra, w.__wrapped__ is original)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

@total_ordering
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f"Ver({self.n})"
a, b = Ver(1), Ver(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b <= b, b >= a, b > a, sorted([Ver(3), Ver(1), Ver(2)]), max(a, b))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print(type(e).__name__, e)

def cmp_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(cmp_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))
print(max([5, 9, 1], key=cmp_to_key(lambda a, b: a - b)))
