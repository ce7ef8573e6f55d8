# Checks that 'return value' in a generator becomes StopIteration.value and is invisible to for/list.
def g1():
    yield 1
    return "done"

def g2():
    yield 1
    return

def g3():
    return [1, 2]
    yield

def g4():
    yield 1
    return None

def g5():
    for i in range(10):
        if i == 2:
            return i * 100
        yield i

def g6():
    try:
        yield 1
        return "from try"
    finally:
        print("g6 finally")

def g7():
    try:
        return "try value"
    finally:
        return "finally value"
    yield

def g8():
    return (1,)
    yield

for maker in (g1, g2, g3, g4, g5, g6, g7, g8):
    gen = maker()
    seen = []
    while True:
        try:
            seen.append(next(gen))
        except StopIteration as e:
            print(maker.__name__, seen, repr(e.value), e.args)
            break
    print(maker.__name__, "list:", list(maker()))

# return value inside a loop over a generator is lost
total = 0
for x in g5():
    total += x
print("total", total)

# return value when generator is driven by send
def averager():
    total = 0.0
    count = 0
    while True:
        x = yield
        if x is None:
            break
        total += x
        count += 1
    return total / count if count else None

a = averager()
next(a)
for v in (10, 20, 60):
    a.send(v)
try:
    a.send(None)
except StopIteration as e:
    print("average", e.value)
