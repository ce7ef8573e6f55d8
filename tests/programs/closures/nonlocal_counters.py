# nonlocal counters, accumulators, global and nonlocal together
def counter(start):
    count = start
    def inc(step):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = counter(10)
inc2, get2 = counter(100)
print(inc(1), inc(5), get(), inc2(1), get2(), get())

def accumulate():
    total = 0
    history = []
    def add(v):
        nonlocal total
        total = total + v
        history.append(total)
        return total
    for v in [3, 1, 4, 1, 5]:
        add(v)
    return total, history

print(accumulate())

def deep():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 1
        inner()
        inner()
        return n
    a = mid()
    b = mid()
    return a, b, n

print(deep())

def mid_nonlocal():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "changed by inner"
        inner()
        return v
    return mid(), v

print(mid_nonlocal())
g = 0
def both():
    local = 0
    def inner():
        global g
        nonlocal local
        g += 10
        local += 1
    inner()
    inner()
    inner()
    return local

print(both(), g)
def fib_memo():
    calls = 0
    cache = [0, 1]
    def fib(n):
        nonlocal calls
        calls += 1
        while len(cache) <= n:
            cache.append(cache[-1] + cache[-2])
        return cache[n]
    fib(30)
    fib(10)
    return fib(50), calls

print(fib_memo())
def swap_pair():
    a = 1
    b = 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    r = (a, b)
    swap()
    return r, (a, b)

print(swap_pair())
def nonlocal_param(x):
    def bump():
        nonlocal x
        x *= 2
    bump()
    bump()
    return x
print(nonlocal_param(3))
def make_gen():
    state = 7
    def nxt():
        nonlocal state
        state = (state * 1103515245 + 12345) % 2 ** 31
        return state % 100
    return nxt
r = make_gen()
print(r(), r(), r(), r())
