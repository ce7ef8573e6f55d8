# Checks TypeErrors from the await/async for/async with protocols when objects are not awaitable.
class Pause:
    def __await__(self):
        yield "tick"

def attempt(label, coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        print(label, "-> returned", repr(e.value))
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

class BadAwait:
    def __await__(self):
        return 42

class AwaitIsGenFunc:
    def __await__(self):
        return (x for x in [])

async def await_bad():
    await BadAwait()

async def await_int():
    await 5

async def await_none():
    await None

async def await_genexp_awaitable():
    return await AwaitIsGenFunc()

attempt("__await__ returns int", await_bad())
attempt("await 5", await_int())
attempt("await None", await_none())
attempt("__await__ returns genexp", await_genexp_awaitable())

class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return Pause()

class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5

async def loop_over(obj):
    async for x in obj:
        return x

attempt("plain __anext__ returning awaitable", loop_over(SyncAnext()))
attempt("async for over list", loop_over([1, 2]))
attempt("__anext__ returns int", loop_over(BadAnext()))

class NoAsync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

class NonAwaitableExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return False

class NonAwaitableEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False

async def use(cm):
    async with cm as v:
        return v

attempt("sync context manager", use(NoAsync()))
attempt("__aexit__ not async", use(NonAwaitableExit()))
attempt("__aenter__ not async", use(NonAwaitableEnter()))
