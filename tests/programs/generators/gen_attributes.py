# Checks gi_running, gi_suspended, gi_frame and gi_yieldfrom across a generator's lifetime.
def sub():
    yield "s1"
    yield "s2"

def g():
    yield 1
    yield from sub()
    yield 3

x = g()
def state(label):
    print(label, "running:", x.gi_running, "suspended:", x.gi_suspended,
          "frame:", x.gi_frame is not None,
          "yieldfrom:", None if x.gi_yieldfrom is None else x.gi_yieldfrom.__name__)

state("created")
next(x)
state("at yield 1")
next(x)
state("in yield from")
next(x)
state("in yield from again")
next(x)
state("at yield 3")
print(next(x, "end"))
state("finished")

y = g()
y.close()
print("closed unstarted frame None:", y.gi_frame is None, "suspended:", y.gi_suspended)

z = g()
next(z)
z.close()
print("closed started frame None:", z.gi_frame is None)

def check_inside():
    yield w.gi_running, w.gi_suspended, w.gi_frame is not None

w = check_inside()
print("inside:", next(w))

# attributes are read-only
for attr in ("gi_running", "gi_frame", "gi_yieldfrom", "gi_suspended"):
    try:
        setattr(x, attr, 1)
    except AttributeError:
        print("cannot set", attr)
