# Closure kernel: higher-order functions, closures with nonlocal counters,
# *args/**kwargs forwarding through decorators, lambdas as sort keys, and
# comprehension-heavy loops.


def counting(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)

    def count():
        return calls

    return wrapper, count


def scaled(factor):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return fn(*args, **kwargs) * factor
        return wrapper
    return deco


@scaled(3)
def mix(a, b, c=1, *, d=0):
    return (a * 31 + b * 7 + c + d) % 10007


mix_counted, mix_calls = counting(mix)


def make_accumulator(start):
    total = start

    def add(v):
        nonlocal total
        total = (total + v) % 1000003
        return total

    return add


def compose(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run


def hof_loop(n):
    acc = make_accumulator(7)
    pipeline = compose(lambda x: x + 3, lambda x: x * 5 % 65521, lambda x: x ^ 0x55)
    adders = [lambda x, k=k: x + k for k in range(8)]
    r = 0
    for i in range(n):
        r = acc(pipeline(i) + adders[i % 8](r % 97))
        if i % 3 == 0:
            r = acc(mix_counted(i, r, d=i % 5))
        else:
            r = acc(mix_counted(i, r, 2))
    return r, mix_calls()


def sort_records(n, rounds):
    recs = []
    x = 99
    for i in range(n):
        x = (x * 69069 + 1) % 4294967296
        recs.append((x % 1000, (x >> 10) % 100, i))
    chk = 0
    for r in range(rounds):
        by_first = sorted(recs, key=lambda t: t[0])
        by_pair = sorted(recs, key=lambda t: (t[1], -t[0]))
        top = max(recs, key=lambda t: (t[0] * (r + 1)) % 997)
        chk = (chk * 31 + by_first[r][2] + by_pair[-1 - r][2] * 3 + top[2]) % 1000000007
    return chk


def comprehension_loop(n):
    chk = 0
    for r in range(n):
        row = [(r * k) % 101 for k in range(60)]
        evens = [v for v in row if v % 2 == 0]
        sq = {v: v * v for v in evens}
        uniq = {v % 17 for v in row}
        pairs = [(a, b) for a in range(6) for b in range(a, 6) if (a + b + r) % 3 == 0]
        chk = (chk * 131 + len(evens) + sum(sq.values()) + len(uniq) + len(pairs) + sum([a * b for a, b in pairs])) % 1000000007
    return chk


def fold(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc


def fold_loop(n):
    xs = list(range(200))
    total = 0
    for r in range(n):
        total = (total + fold(lambda a, b: (a * 3 + b + r) % 1000003, xs, r)) % 1000000007
        total = (total + sum(map(lambda v: v * r % 7, xs[:50]))) % 1000000007
        total = (total + len(list(filter(lambda v: (v + r) % 5 == 0, xs)))) % 1000000007
    return total


h = hof_loop(1000000)
print("hof", h)
s = sort_records(5000, 50)
print("sort", s)
c = comprehension_loop(30000)
print("comp", c)
f = fold_loop(6000)
print("fold", f)
print("checksum", (h[0] + h[1] * 3 + s * 7 + c * 11 + f * 13) % 1000000007)
