# Delegation chains under Miri: a generator resumed through a chain of `yield from` links runs
# its innermost frame directly; the frame then yields past the links, returns into its
# delegator (which takes over at its SEND), or raises into it (caught there, or leaving every
# link); a link dropped while the chain is suspended; sent values passing through.


def leaf(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def middle(n):
    first = yield from leaf(n)
    second = yield from leaf(n)
    return first + second


def top(n):
    result = yield from middle(n)
    yield ("sum", result)


g = top(2)
print(next(g), g.send(1), g.send(2), g.send(3), g.send(4))


def failing():
    yield "f"
    raise KeyError("deep")


def catcher():
    try:
        yield from failing()
    except KeyError:
        yield "caught"


def relay():
    yield from catcher()
    yield from failing()


items = []
try:
    for item in relay():
        items.append(item)
except KeyError as err:
    items.append(repr(err))
print(items)


def walk(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from walk(depth - 1)
    yield depth


print(list(walk(5)))

w = walk(4)
print(next(w))
del w
print("dropped")
