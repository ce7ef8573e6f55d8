# Checks basic yield/next behaviour, StopIteration on exhaustion and repeated next() after exhaustion.
def counter(n):
    print("start")
    i = 0
    while i < n:
        print("before yield", i)
        yield i
        print("after yield", i)
        i += 1
    print("end")

g = counter(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
for attempt in range(2):
    try:
        next(g)
    except StopIteration as e:
        print("again StopIteration", attempt, e.args, e.value)

def empty():
    return
    yield

e = empty()
print(list(e))
print(list(e))

def only_none():
    yield
    yield None

print(list(only_none()))

def tuples():
    yield 1, 2
    yield (3,)
    yield

print(list(tuples()))

# The body doesn't run until first next()
def noisy():
    print("body running")
    yield "x"

n = noisy()
print("not yet")
print(next(n))
print(next(n, "default"))
