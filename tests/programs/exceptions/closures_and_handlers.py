# Exception objects captured by closures and lambdas; errors propagating out of comprehensions.
def capture():
    saved = []
    try:
        raise ValueError("captured")
    except ValueError as e:
        saved.append(lambda: repr(e))
        print("inside:", saved[0]())
    try:
        print(saved[0]())
    except NameError as err:
        print(type(err).__name__, err)

capture()

def capture_copy():
    try:
        raise KeyError("kept")
    except KeyError as e:
        kept = e
        return lambda: repr(kept)

print(capture_copy()())

def make_handlers():
    handlers = {}
    for kind in [ValueError, TypeError]:
        def handler(exc, kind=kind):
            return "%s handled %r" % (kind.__name__, exc)
        handlers[kind] = handler
    return handlers

handlers = make_handlers()
for exc in [ValueError("a"), TypeError("b"), KeyError("c")]:
    try:
        raise exc
    except (ValueError, TypeError) as e:
        print(handlers[type(e)](e))
    except Exception as e:
        print("no handler for", type(e).__name__)

def parse_all(items):
    return [int(x) for x in items]

try:
    parse_all(["1", "2", "three"])
except ValueError as e:
    print("comprehension:", e)

try:
    {k: 1 / v for k, v in [("a", 1), ("b", 0)]}
except ZeroDivisionError as e:
    print("dict comprehension:", e)

def guarded(f, *args):
    try:
        return ("ok", f(*args))
    except Exception as e:
        return ("error", type(e).__name__)

print(guarded(lambda x: x[0], [5]))
print(guarded(lambda x: x[0], []))
print(guarded(lambda: {}["nope"]))
print(guarded(int, "zz"))
print(guarded(guarded, None))
print([guarded(lambda n: 10 // n, n) for n in [2, 0, 5]])

def counter():
    count = [0]
    def bump(limit):
        count[0] += 1
        if count[0] > limit:
            raise OverflowError("limit %d passed" % limit)
        return count[0]
    return bump

bump = counter()
results = []
for i in range(5):
    try:
        results.append(bump(3))
    except OverflowError as e:
        results.append(str(e))
print(results)
