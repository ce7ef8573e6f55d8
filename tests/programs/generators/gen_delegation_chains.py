# Values, sent values, return values and exceptions passing through chains of `yield from`
# between generators (an engine may resume the innermost generator of such a chain directly).
import sys


def leaf(tag, n):
    total = 0
    for i in range(n):
        got = yield f"{tag}{i}"
        if got is not None:
            total += got
    return total


def middle(tag, n):
    first = yield from leaf(tag + "a", n)
    second = yield from leaf(tag + "b", n)
    return first + second


def top(n):
    result = yield from middle("m", n)
    yield ("result", result)
    return result * 10


gen = top(2)
print(next(gen))
print(gen.send(5))
print(gen.send(7))
print(gen.send(100))
print(gen.send(1000))
try:
    gen.send(None)
except StopIteration as stop:
    print("stopped with", stop.value)


def deep(level):
    if level == 0:
        yield "bottom"
        return "leaf-return"
    value = yield from deep(level - 1)
    yield f"level {level} got {value}"
    return f"r{level}"


print(list(deep(6)))


# gi_running and "already executing" for the links while the innermost runs.
def inner_checks(outer_ref):
    yield "inner start"
    print("links running:", [g.gi_running for g in outer_ref])
    try:
        outer_ref[1].send(None)
    except ValueError as err:
        print("resume a link:", err)
    try:
        next(outer_ref[0])
    except ValueError as err:
        print("resume the head:", err)
    yield "inner end"


def link(refs):
    yield from inner_checks(refs)


def head(refs):
    yield from link(refs)


refs = []
h = head(refs)
refs.append(h)
print(next(h))
refs.append(h.gi_yieldfrom)
print("suspended:", [g.gi_running for g in refs], h.gi_yieldfrom is refs[1])
print(next(h))
print("after:", [g.gi_running for g in refs])


# An exception in the innermost generator caught by a link in the middle.
def failing():
    yield 1
    raise KeyError("deep")


def catcher():
    try:
        yield from failing()
    except KeyError as err:
        print("caught in the middle:", repr(err))
        yield "recovered"
    yield "after"


def outer():
    r = yield from catcher()
    yield ("outer done", r)


print(list(outer()))


# An uncaught exception leaves through every link: the traceback names each yield from.
def raiser():
    yield "x"
    1 / 0


def relay1():
    yield from raiser()


def relay2():
    yield from relay1()


g = relay2()
print(next(g))
try:
    next(g)
except ZeroDivisionError as err:
    tb = err.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines:", lines)
print("finished links:", g.gi_frame, g.gi_running)


# StopIteration raised in the innermost generator becomes RuntimeError at its boundary only.
def stopper():
    yield 1
    raise StopIteration("inner")


def guard():
    try:
        yield from stopper()
    except RuntimeError as err:
        print("guard saw:", err, "| cause:", repr(err.__cause__))
        yield "guarded"


print(list(guard()))


# sys.exc_info() inside a chain: the handled exception of the resumer is visible.
def show_exc():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def pass_through():
    yield from show_exc()


p = pass_through()
print(next(p))
try:
    raise ValueError("outer")
except ValueError:
    print(next(p))


# A link suspended inside an except block keeps its own handled exception.
def in_handler_inner():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]


def in_handler():
    try:
        raise TypeError("held")
    except TypeError:
        yield from in_handler_inner()
        yield sys.exc_info()[0]


def in_handler_top():
    yield from in_handler()


ih = in_handler_top()
print(list(ih))


# throw() and close() on the head while the chain is suspended.
def closable(log):
    try:
        yield "c1"
        yield "c2"
    finally:
        log.append("inner finally")


def closable_mid(log):
    try:
        yield from closable(log)
    finally:
        log.append("middle finally")


log = []
c = closable_mid(log)
print(next(c))
c.close()
print(log)

log = []
c = closable_mid(log)
print(next(c))
try:
    c.throw(ValueError("thrown"))
except ValueError as err:
    print("throw came back:", err, log)


def catch_thrown():
    try:
        yield "t1"
    except ValueError as err:
        yield f"inner caught {err}"
    yield "t2"


def relay_thrown():
    yield from catch_thrown()


t = relay_thrown()
print(next(t))
print(t.throw(ValueError("v")))
print(next(t))


# A long chain counts against the recursion limit as nested frames.
def chain(n):
    if n == 0:
        yield "end"
    else:
        yield from chain(n - 1)


sys.setrecursionlimit(120)
try:
    print(list(chain(60)))
    print(list(chain(200)))
except RecursionError as err:
    print("RecursionError:", err)
sys.setrecursionlimit(1000)


# Generators sharing a delegate: the second delegator finds it already finished.
def shared_leaf():
    yield "s1"
    yield "s2"


shared = shared_leaf()


def user_a():
    got = yield from shared
    yield ("a done", got)


def user_b():
    got = yield from shared
    yield ("b done", got)


a, b = user_a(), user_b()
print(next(a), next(b), next(a), next(b))


# Coroutines awaiting coroutines form the same chains.
class Yield:
    def __await__(self):
        value = yield "awaiting"
        return value


async def c_inner():
    x = await Yield()
    y = await Yield()
    return x + y


async def c_mid():
    return await c_inner() * 2


async def c_top():
    return await c_mid() + 1


co = c_top()
print(co.send(None))
print(co.send(3))
try:
    co.send(4)
except StopIteration as stop:
    print("coroutine result:", stop.value)
