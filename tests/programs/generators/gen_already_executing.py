# Checks "generator already executing" ValueError and gi_running while a generator runs.
def selfref():
    print("running inside, gi_running =", me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    try:
        me.send(None)
    except ValueError as e:
        print("send ValueError:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw ValueError:", e)
    try:
        me.close()
    except ValueError as e:
        print("close ValueError:", e)
    yield 1
    print("second resume, gi_running =", me.gi_running)
    yield 2

me = selfref()
print("before start gi_running =", me.gi_running)
print(next(me))
print("suspended gi_running =", me.gi_running)
print(next(me))
me.close()
print("after close gi_running =", me.gi_running)

# already executing via delegation
def inner():
    try:
        next(outer_gen)
    except ValueError as e:
        print("inner sees:", e)
    yield "inner"

def outer():
    yield from inner()

outer_gen = outer()
print(next(outer_gen))
outer_gen.close()

# uncaught ValueError propagates out and finishes the generator
def propagate():
    yield next(p)

p = propagate()
try:
    next(p)
except ValueError as e:
    print("propagated:", e)
print(next(p, "p finished"))
