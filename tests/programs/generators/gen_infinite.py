# Checks infinite generators with bounded consumers (break, zip, next counts, manual take).
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, gen):
    result = []
    for x in gen:
        if len(result) >= n:
            break
        result.append(x)
    return result

print(take(5, naturals()))
print(take(15, fib()))
print(list(zip(range(4), naturals(10))))
print(list(zip("abc", fib(), naturals(100))))

def take_while(pred, gen):
    for x in gen:
        if not pred(x):
            return
        yield x

print(list(take_while(lambda v: v < 100, fib())))

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

p = primes()
print([next(p) for _ in range(12)])
p.close()

def cycle(seq):
    while True:
        yield from seq

c = cycle("xyz")
print("".join(next(c) for _ in range(8)))

# first match in an infinite generator using next() over a generator expression
print(next(n for n in naturals() if n * n > 500))
print(next(f for f in fib() if f > 1000))

def big_fib_index():
    for i, f in enumerate(fib()):
        if len(str(f)) >= 50:
            return i, f
print(big_fib_index())

# interleave two infinite generators
def interleave(a, b):
    while True:
        yield next(a)
        yield next(b)

print(take(7, interleave(naturals(), naturals(1000))))

# a generator stopped by a sentinel sent in
def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x

rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
rm.close()
