# An exception raised in the innermost generator of a `yield from` chain, uncaught: the
# traceback shows every delegating frame, each at its `yield from` line.


def innermost(n):
    yield n
    yield n + 1
    raise ValueError(f"bad item after {n + 1}")


def relay(n):
    got = yield from innermost(n)
    yield got


def outermost():
    for start in (1, 10):
        yield from relay(start)


total = 0
for item in outermost():
    total += item
    print("item", item, "total", total)
