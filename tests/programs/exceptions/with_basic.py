# The with statement: __enter__/__exit__ order, the `as` target, and __exit__ arguments on success.
log = []

class Resource:
    def __init__(self, name):
        self.name = name
        log.append("init " + name)

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc_value, tb):
        log.append("exit %s %r %r %r" % (self.name, exc_type, exc_value, tb))
        return False

with Resource("a") as value:
    log.append("body " + value)
print(log)

log.clear()
with Resource("b"):
    log.append("body without as")
print(log)

class ReturnsSelf:
    def __init__(self):
        self.entered = False
        self.exited = False
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *args):
        self.exited = True
        print("exit args:", args)

r = ReturnsSelf()
with r as same:
    print("same object:", same is r, r.entered, r.exited)
print("after:", r.entered, r.exited)

# as-target can be any assignment target
holder = {}
pair = [None, None]
with Resource("c") as holder["key"]:
    pass
with Resource("d") as pair[1]:
    pass
print(holder, pair)

class Tuple:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, a, b, c):
        return None

with Tuple() as (first, second):
    print("unpacked", first, second)

# __exit__ runs when the body returns
def use():
    log.clear()
    with Resource("e") as v:
        return "returned " + v
    log.append("unreachable")

print(use(), log)

class Counter:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, t, v, tb):
        self.depth -= 1

c = Counter()
with c as one:
    with c as two:
        print("nested depth", one, two, c.depth)
    print("after inner", c.depth)
print("after outer", c.depth)
