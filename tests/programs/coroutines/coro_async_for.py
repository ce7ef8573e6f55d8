# Checks async for with __aiter__/__anext__ raising StopAsyncIteration, else clauses and break.
class Pause:
    def __await__(self):
        yield "tick"

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("  __aiter__")
        return self
    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            print("  StopAsyncIteration")
            raise StopAsyncIteration
        self.i += 1
        return self.i

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        print("  (ticks: %d)" % ticks)
        return e.value

async def collect(n):
    out = []
    async for v in Counter(n):
        out.append(v)
    else:
        out.append("else")
    return out

async def with_break():
    async for v in Counter(10):
        if v == 2:
            break
    else:
        return "no break"
    return "broke at %d" % v

async def nested():
    pairs = []
    async for a in Counter(2):
        async for b in Counter(2):
            pairs.append((a, b))
    return pairs

print(run(collect(3)))
print(run(collect(0)))
print(run(with_break()))
print(run(nested()))

class Raises:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("anext failed")

async def raising():
    try:
        async for x in Raises():
            pass
    except ValueError as e:
        return "caught " + str(e)
print(run(raising()))
