# Checks async def returning coroutine objects, driving them with send(None) and reading StopIteration.value.
async def add(a, b):
    print("  add running", a, b)
    return a + b

async def nothing():
    pass

c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__)
print("cr_running:", c.cr_running, "cr_frame set:", c.cr_frame is not None, "cr_await:", c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
print("after finish: cr_frame is None:", c.cr_frame is None, "cr_running:", c.cr_running)

n = nothing()
try:
    n.send(None)
except StopIteration as e:
    print("nothing returned", e.value, e.args)

# coroutine objects are not iterators
c = add(1, 1)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()
print("closed unstarted, cr_frame is None:", c.cr_frame is None)

# sending to a finished coroutine
d = nothing()
try:
    d.send(None)
except StopIteration:
    pass
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class K:
    async def method(self):
        return "method result"
    async def __call__(self):
        return "called"

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("coroutine suspended")

m = K().method()
print(m.__qualname__, run(m))
print(run(K()()))
def outer():
    async def inner():
        return 42
    return inner()
o = outer()
print(o.__name__, o.__qualname__, run(o))
print(type(add).__name__, add.__name__)
