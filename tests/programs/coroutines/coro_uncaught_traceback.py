# Checks the traceback of an exception propagating uncaught through an await chain and send().
class Pause:
    def __await__(self):
        yield "paused"

async def parse(text):
    await Pause()
    return int(text)

async def total(items):
    result = 0
    for item in items:
        result += await parse(item)
        print("running total", result)
    return result

coro = total(["1", "2", "three"])
while True:
    coro.send(None)
