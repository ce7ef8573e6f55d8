# Checks that a generator yielding in response to close() makes close() raise RuntimeError.
def stubborn():
    while True:
        try:
            yield "value"
        except GeneratorExit:
            print("ignoring GeneratorExit")

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", e.__cause__, "context:", type(e.__context__).__name__)
print("gi_frame alive:", g.gi_frame is not None)
# it can still be resumed afterwards
print(next(g))
# close it for real by throwing something it doesn't catch
try:
    g.throw(KeyError("stop"))
except KeyError as e:
    print("KeyError", e)
print("gi_frame alive:", g.gi_frame is not None)

def yields_in_finally():
    try:
        yield 1
    finally:
        print("finally, yielding")
        yield 2

h = yields_in_finally()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# resuming it finishes the finally block, which re-raises the pending GeneratorExit
try:
    next(h)
except GeneratorExit as e:
    print("GeneratorExit escaped from next()", e.args)
print(next(h, "exhausted"))

# GeneratorExit swallowed but a later yield is hit
def late():
    try:
        yield 1
    except GeneratorExit:
        pass
    print("continuing after GeneratorExit")
    yield 2
    print("unreachable")

k = late()
next(k)
try:
    k.close()
except RuntimeError as e:
    print("RuntimeError:", e)
