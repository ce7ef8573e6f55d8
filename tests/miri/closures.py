# Cells and closures (MAKE_CELL, COPY_FREE_VARS, LOAD/STORE/DELETE_DEREF), CALL_FUNCTION_EX,
# keyword-only binding, UNPACK_EX and starred displays: the unsafe paths added for them.
def counter():
    n = 0
    def step(by=1):
        nonlocal n
        n += by
        return n
    return step

c = counter()
print(c(), c(2), c())
fs = [lambda: i * 10 for i in range(3)]
print([f() for f in fs])

def wrap(fn):
    def inner(*args):
        return fn(*args) + 1
    return inner

@wrap
def add(a, b, *, scale):
    return (a + b) * scale

def call_add(*xs):
    return add(*xs, 1) if False else fn_kw(*xs)

def fn_kw(a, b, /, c=3, *rest):
    return a + b + c + len(rest)

print(call_add(1, 2), call_add(1, 2, 3, 4, 5))
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last, [*middle, *"ab"], (*middle, 0))

def gone():
    x = 1
    def read():
        return x
    del x
    return read()

print(gone())
