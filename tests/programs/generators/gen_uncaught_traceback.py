# Checks the traceback of an exception propagating uncaught out of a nested generator chain.
def source(values):
    for v in values:
        yield 10 // v

def doubled(gen):
    for x in gen:
        yield x * 2

def via_yield_from(gen):
    yield from gen

def consume():
    total = 0
    for item in via_yield_from(doubled(source([5, 2, 0, 1]))):
        print("item", item)
        total += item
    return total

print("starting")
print(consume())
