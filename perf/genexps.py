# Generator expressions consumed by builtins: sum/min/max over computed values, any/all with
# early exits, "".join of converted items, sorted/tuple/set/dict of filtered data, and nested
# genexps with several for/if clauses. Checksum printed.


def data(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000)
    return out


def sums(xs, rounds):
    acc = 0
    for r in range(rounds):
        acc += sum(x * x for x in xs)
        acc += sum(x for x in xs if x % 3 == r % 3)
        acc += max(x - r for x in xs) + min(x + r for x in xs)
    return acc % 1000000007


def searches(xs, rounds):
    found = 0
    for r in range(rounds):
        limit = 990 + r % 10
        if any(x > limit for x in xs):
            found += 1
        if all(x >= 0 for x in xs):
            found += 2
        if any(x == r for x in xs):
            found += 3
    return found


def texts(xs, rounds):
    total = 0
    for r in range(rounds):
        s = "".join(str(x % 10) for x in xs if x > r)
        total += len(s)
        words = " ".join(str(x) for x in xs[:200])
        total += len(words)
    return total


def collections_of(xs, rounds):
    acc = 0
    for r in range(rounds):
        acc += len(set(x % 97 for x in xs))
        t = tuple(x for x in xs if x % 5 == 0)
        acc += len(t)
        d = dict((x, x * 2) for x in xs[:300])
        acc += len(d)
        acc += sorted(x % 101 for x in xs[:500])[250]
    return acc


def nested(n):
    return sum(a * b for a in range(n) if a % 2 for b in range(a) if (a + b) % 3 == 0)


xs = data(2000, 3)
s = sums(xs, 1500)
f = searches(xs, 3000)
t = texts(xs, 600)
c = collections_of(xs, 600)
n = nested(1200)
print("sums", s)
print("searches", f)
print("texts", t)
print("collections", c)
print("nested", n)
print("checksum", (s + f * 7 + t * 13 + c * 17 + n) % 1000000007)
