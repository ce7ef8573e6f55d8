# Checks async with: __aenter__/__aexit__ as async def methods, exception suppression, ordering.
class Pause:
    def __await__(self):
        yield "pause"

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("  enter", self.name)
        await Pause()
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        print("  exit", self.name, None if exc_type is None else exc_type.__name__, exc, tb is not None)
        await Pause()
        return self.suppress

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        print("  (suspended %d times)" % steps)
        return e.value

async def normal():
    async with Resource("a") as value:
        print("  body got", value)
    return "normal done"

async def suppressed():
    async with Resource("b", suppress=True):
        raise ValueError("swallowed")
    return "after suppressed"

async def propagated():
    try:
        async with Resource("c") as v:
            raise KeyError(v)
    except KeyError as e:
        return "caught " + repr(e)

async def nested():
    async with Resource("outer") as o, Resource("inner") as i:
        print("  both:", o, i)
        return o + i

async def early_return():
    for i in range(3):
        async with Resource("loop%d" % i):
            if i == 1:
                return "returned at %d" % i

print(run(normal()))
print(run(suppressed()))
print(run(propagated()))
print(run(nested()))
print(run(early_return()))
