# Checks the chained traceback printed for an uncaught PEP 479 RuntimeError.
def helper(it):
    return next(it)

def uses_next():
    it = iter([1])
    while True:
        yield helper(it)

print("start")
for v in uses_next():
    print("value", v)
