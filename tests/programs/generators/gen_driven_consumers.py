# Builtins that consume a generator in one go (list, tuple, set, sum, sorted, any, all, join):
# early stops leave it suspended and resumable, errors inside it or in the consumer propagate.
def numbered(n, log):
    for i in range(n):
        log.append(i)
        yield i
    log.append("end")

log = []
g = numbered(6, log)
print(any(x > 2 for x in g), log)
print(next(g), log)
print(list(g), log)
print(list(g), any(g), all(g))

log = []
g = numbered(5, log)
print(all(x < 3 for x in g), log, list(g))

class Loud:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        if self.v == 2:
            raise ValueError("no truth for 2")
        return False
    def __hash__(self):
        print("hash", self.v)
        return self.v
    def __eq__(self, other):
        return isinstance(other, Loud) and self.v == other.v

def louds(n):
    for i in range(n):
        print("yield", i)
        yield Loud(i)

g = louds(5)
try:
    any(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g).v)
print(sorted(x.v for x in set(louds(3))))

def failing():
    yield 1
    yield 2
    raise KeyError("mid")

for consumer in (list, tuple, set, sum, sorted, any, all, "".join):
    try:
        consumer(failing() if consumer is not "".join else (str(x) for x in failing()))
    except KeyError as e:
        print(getattr(consumer, "__name__", "join"), "KeyError", e)

def gen_sum():
    total = yield from numbered(3, [])
    yield total
print(sum(x for x in range(10) if x % 2), sorted((x * 7) % 5 for x in range(8)), tuple(gen_sum()))
print("-".join(str(i) for i in range(5)), max(x * x for x in range(-5, 3)), min((x for x in []), default="empty"))
it = (x for x in range(3))
print(list(it), list(it), any(it), all(it))
