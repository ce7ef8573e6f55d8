# Checks generator.throw() with a type, an instance, (type, value) and a traceback argument.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught ValueError", e.args)
        except KeyError as e:
            print("caught KeyError", e.args)

g = catcher()
next(g)
print(g.throw(ValueError))
print(g.throw(ValueError("inst")))
print(g.throw(ValueError, "val"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(KeyError, KeyError("k")))
print(g.throw(ValueError, None))
# with a traceback
try:
    raise KeyError("with tb")
except KeyError as e:
    tb = e.__traceback__
    err = e
print(g.throw(KeyError, err, tb))
print(g.throw(err))
# invalid forms
try:
    g.throw(ValueError("x"), "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(42)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(ValueError, "v", "not a tb")
except TypeError as e:
    print("TypeError:", e)
print(g.gi_frame is not None)
# uncaught exception type propagates and finishes the generator
try:
    g.throw(IndexError("boom"))
except IndexError as e:
    print("propagated IndexError", e)
print(g.gi_frame is None)
try:
    next(g)
except StopIteration:
    print("finished")

# throw into a just-created generator: raised at the start, body never runs
def body():
    print("never printed")
    yield 1
h = body()
try:
    h.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early throw:", e)
print(next(h, "exhausted"))
# throw into an exhausted generator re-raises immediately
try:
    h.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print("thrown into exhausted:", type(e).__name__)
