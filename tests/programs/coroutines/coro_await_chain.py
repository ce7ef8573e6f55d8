# Checks await on other coroutines and custom awaitables whose __await__ yields to suspend the chain.
class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        print("  suspending at", self.label)
        received = yield ("suspended", self.label)
        print("  resumed", self.label, "with", received)
        return "awaited:" + str(received)

class Ready:
    def __await__(self):
        return iter([])  # finishes immediately, await returns None

class Delegating:
    def __await__(self):
        result = yield from Suspend("inner-of-delegating").__await__()
        return result.upper()

async def leaf(x):
    r = await Suspend("leaf%d" % x)
    return (x, r)

async def middle():
    a = await leaf(1)
    b = await leaf(2)
    c = await Ready()
    d = await Delegating()
    return [a, b, c, d]

async def top():
    result = await middle()
    print("  top got", result)
    return len(result)

coro = top()
value = None
step = 0
while True:
    try:
        yielded = coro.send(value)
    except StopIteration as e:
        print("finished with", e.value)
        break
    print("step", step, "yielded", yielded, "cr_await:", type(coro.cr_await).__name__)
    step += 1
    value = "v%d" % step

class GenAwait:
    def __await__(self):
        yield "from generator __await__"
        return "gen result"

async def use_gen():
    return await GenAwait()

g = use_gen()
print(g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("result:", e.value)
