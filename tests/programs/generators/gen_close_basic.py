# Checks close(): GeneratorExit delivered at the yield, finally blocks, close on unstarted/finished generators.
def g():
    try:
        print("start")
        yield 1
        yield 2
    except GeneratorExit as e:
        print("GeneratorExit caught", type(e).__name__, e.args, isinstance(e, Exception), isinstance(e, BaseException))
        raise
    finally:
        print("finally")

a = g()
print(next(a))
print("close ->", a.close())
print("close again ->", a.close())
print(next(a, "exhausted"))

# closing an unstarted generator doesn't run the body at all
b = g()
print("close unstarted ->", b.close())
print(next(b, "exhausted"))

# closing a finished generator is a no-op
c = g()
print(list(c))
print("close finished ->", c.close())

# a generator that swallows GeneratorExit and returns: close() returns None in 3.11
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning")
        return "retval"

d = swallow()
next(d)
print("close swallow ->", d.close())

# GeneratorExit caught by a broad 'except Exception' does NOT catch it
def broad():
    try:
        yield 1
    except Exception:
        print("never")
    finally:
        print("broad finally")
e = broad()
next(e)
e.close()
print("e closed")

# close() raising a different exception propagates it
def other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("during close")
f = other()
next(f)
try:
    f.close()
except ValueError as ex:
    print("ValueError from close:", ex, type(ex.__context__).__name__)
print(next(f, "f exhausted"))

# raising StopIteration in response to GeneratorExit is fine
def stop():
    try:
        yield 1
    except GeneratorExit:
        print("got exit, returning quietly")
h = stop()
next(h)
h.close()
print("done")
