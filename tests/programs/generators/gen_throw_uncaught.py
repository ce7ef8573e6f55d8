# Checks the traceback when an exception thrown into a generator via throw() is not handled.
def worker():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError:
            print("worker ignores ValueError")
            continue
        total += value

w = worker()
next(w)
print(w.send(3))
print(w.throw(ValueError("ignored")))
print(w.send(4))
w.throw(KeyError("not handled"))
print("unreachable")
