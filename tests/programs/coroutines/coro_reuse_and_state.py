# Checks "cannot reuse already awaited coroutine", cr_running/cr_suspended and awaiting oneself.
async def value():
    return 7

async def await_twice(c):
    first = await c
    print("  first await:", first)
    try:
        await c
    except RuntimeError as e:
        print("  RuntimeError:", e)
    return first

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(await_twice(value())))

# send() on a finished coroutine directly
c = value()
run(c)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("throw RuntimeError:", e)
except ValueError:
    print("throw raised ValueError directly")
print("close on finished:", c.close())

# cr_running is True only while executing
async def check_running():
    print("  inside: cr_running =", me.cr_running, "cr_suspended =", me.cr_suspended)
    await Pause()
    return "done"

class Pause:
    def __await__(self):
        yield

me = check_running()
print("before:", me.cr_running, me.cr_suspended)
me.send(None)
print("suspended:", me.cr_running, me.cr_suspended, type(me.cr_await).__name__)
print(run(me))
print("after:", me.cr_running, me.cr_suspended, me.cr_frame is None)

# a coroutine awaiting itself
async def selfish():
    await s

s = selfish()
try:
    s.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__ + ":", e)

# awaiting a coroutine that is currently suspended inside another awaiter
async def long():
    await Pause()
    return "long done"

shared = long()
async def first_waiter():
    return await shared
async def second_waiter():
    return await shared

w1 = first_waiter()
w1.send(None)
w2 = second_waiter()
try:
    w2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(run(w1))
