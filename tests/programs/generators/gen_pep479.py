# Checks PEP 479: StopIteration escaping a generator body becomes RuntimeError with __cause__.
def explicit():
    yield 1
    raise StopIteration("explicit")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress_context:", e.__suppress_context__)
print(next(g, "exhausted"))

def via_next():
    it = iter([])
    yield "before"
    yield next(it)

try:
    print(list(via_next()))
except RuntimeError as e:
    print("list -> RuntimeError:", e, type(e.__cause__).__name__)

class MyStop(StopIteration):
    pass

def subclass():
    raise MyStop("sub")
    yield

try:
    next(subclass())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__, e.__cause__.args)

# StopIteration caught inside the generator is fine
def caught():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught ok"

print(list(caught()))

# for loops stop at RuntimeError? No: the RuntimeError propagates out of the for
try:
    for x in explicit():
        print("loop", x)
except RuntimeError as e:
    print("for loop saw RuntimeError:", e)

# StopIteration thrown in from outside is also converted
def simple():
    yield 1
    yield 2

s = simple()
next(s)
try:
    s.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown StopIteration ->", e, e.__cause__.args)

# yield from an iterator raising StopIteration is a normal end
def delegating():
    r = yield from iter([1])
    print("delegating got", r)
    yield 2
print(list(delegating()))

# a return value is not a StopIteration leak
def returner():
    return 5
    yield
try:
    next(returner())
except StopIteration as e:
    print("plain StopIteration", e.value)
