# Checks coroutine throw() and close() delivered through await chains to the suspension point.
class Pause:
    def __await__(self):
        value = yield "paused"
        return value

async def inner():
    try:
        return await Pause()
    except ValueError as e:
        print("  inner caught", repr(e))
        return "recovered"
    finally:
        print("  inner finally")

async def outer():
    try:
        r = await inner()
        print("  outer got", r)
        r2 = await Pause()
        return r2
    except GeneratorExit:
        print("  outer got GeneratorExit")
        raise

c = outer()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send("final")
except StopIteration as e:
    print("StopIteration", e.value)

c = outer()
c.send(None)
c.close()
print("closed; cr_frame is None:", c.cr_frame is None)

c = outer()
c.send(None)
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# throw with a type
c = outer()
c.send(None)
print(c.throw(ValueError))
c.close()

# coroutine ignoring GeneratorExit
async def stubborn():
    while True:
        try:
            await Pause()
        except GeneratorExit:
            print("  ignoring close")

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s.throw(SystemExit)
except SystemExit:
    print("stopped with SystemExit")

# StopIteration raised inside a coroutine becomes RuntimeError
async def leaks():
    raise StopIteration("leak")

try:
    leaks().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
