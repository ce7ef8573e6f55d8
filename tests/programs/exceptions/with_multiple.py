# Several context managers in one with statement; control flow leaving with blocks.
log = []

class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress

    def __enter__(self):
        if self.fail_enter:
            log.append("enter-fail " + self.name)
            raise RuntimeError("cannot enter " + self.name)
        log.append("enter " + self.name)
        return self.name

    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return self.suppress

with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append("body %s%s%s" % (a, b, c))
print(log)

log.clear()
try:
    with CM("a"), CM("b"):
        raise ValueError("in body")
except ValueError as e:
    log.append("caught " + str(e))
print(log)

log.clear()
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)

log.clear()
with CM("outer"), CM("inner", suppress=True):
    raise KeyError("suppressed by inner")
log.append("continued")
print(log)

log.clear()
with CM("outer", suppress=True), CM("inner"):
    raise KeyError("suppressed by outer")
print(log)

def early_return():
    with CM("r1"), CM("r2"):
        return "value"

log.clear()
print(early_return(), log)

log.clear()
for i in range(4):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        log.append("body%d" % i)
print(log)

log.clear()
i = 0
while i < 3:
    i += 1
    with CM("w%d" % i, suppress=True):
        if i == 2:
            raise ValueError(i)
        log.append("ok%d" % i)
print(log)

log.clear()
try:
    with CM("x"):
        with CM("y"):
            raise TypeError("nested")
except TypeError:
    log.append("caught outside")
print(log)
