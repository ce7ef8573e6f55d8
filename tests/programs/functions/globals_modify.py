# functions modifying globals via global, and reading globals
log = []
calls = 0
best = None

def record(msg):
    global calls
    calls = calls + 1
    log.append(str(calls) + ":" + msg)

def update_best(v):
    global best
    if best is None or v > best:
        best = v
        record("best=" + str(v))

for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    update_best(v)
print(best, calls)
print(log)

def reset():
    global log, calls
    log = []
    calls = 0

reset()
print(log, calls)
record("again")
print(log, calls)

x = 1
def double_x():
    global x
    x *= 2
for i in range(70):
    double_x()
print(x)
