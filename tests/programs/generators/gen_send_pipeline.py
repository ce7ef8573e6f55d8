# Checks send()-driven consumer pipelines (generator-based coroutines) with priming and close.
def printer(prefix):
    try:
        while True:
            item = yield
            print(prefix, item)
    finally:
        print(prefix, "closed")

def filt(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    finally:
        target.close()

def mapper(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    finally:
        target.close()

def primed(gen):
    next(gen)
    return gen

sink = primed(printer(">"))
pipe = primed(filt(lambda v: v % 2, primed(mapper(lambda v: v * 10, sink))))
for value in range(6):
    pipe.send(value)
print("closing pipeline")
pipe.close()
print("sink frame gone:", sink.gi_frame is None)

# a generator that yields a reply for every send
def replier():
    reply = None
    while True:
        msg = yield reply
        reply = msg.upper() if isinstance(msg, str) else repr(msg)

r = replier()
print(r.send(None), r.send("hi"), r.send(3), r.send([1]), next(r))
r.close()

# a grouper that yields batches when sent None
def grouper():
    batch = []
    while True:
        item = yield
        if item is None:
            if batch:
                yield batch
            batch = []
        else:
            batch.append(item)

g = grouper()
next(g)
for it in ["a", "b", None, "c", None]:
    out = g.send(it)
    if out is not None:
        print("batch", out)
        next(g)
g.close()
