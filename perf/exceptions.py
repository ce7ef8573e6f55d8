# Exception-heavy kernel: parsing tokens with `try: int(s) except ValueError`, dict lookups
# with KeyError fallbacks, a small validator raising and catching a custom exception
# hierarchy, `with` blocks in a loop, and try/finally bookkeeping. Checksum printed.


class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field


class TooLarge(ValidationError):
    pass


class Negative(ValidationError):
    pass


class Counter:
    def __init__(self):
        self.entered = 0
        self.failed = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None:
            self.failed += 1
        return kind is ZeroDivisionError


def parse_tokens(rounds):
    tokens = ["12", "x7", "42", "", "-5", "3.5", "1000", "abc", "7", "0"]
    total = 0
    bad = 0
    for r in range(rounds):
        for t in tokens:
            try:
                total += int(t) + r
            except ValueError:
                bad += 1
    return total, bad


def lookups(rounds):
    table = {"a": 1, "b": 2, "c": 3, "d": 4}
    keys = ["a", "z", "b", "y", "c", "x", "d", "w"]
    hits = 0
    misses = 0
    for r in range(rounds):
        for k in keys:
            try:
                hits += table[k]
            except KeyError:
                misses += 1
                table[k + "!"] = r
                del table[k + "!"]
    return hits, misses


def validate(value):
    if value < 0:
        raise Negative("value", "negative")
    if value > 900:
        raise TooLarge("value", "too large")
    return value * 2


def validator(rounds):
    ok = 0
    large = 0
    negative = 0
    for i in range(rounds):
        v = (i * 7919) % 1300 - 200
        try:
            ok += validate(v)
        except TooLarge as e:
            large += len(e.field)
        except ValidationError as e:
            negative += len(e.args[1])
        finally:
            ok += 1
    return ok, large, negative


def managed(rounds):
    counter = Counter()
    acc = 0
    for i in range(rounds):
        with counter:
            acc += 100 // (i % 5)
    return acc, counter.entered, counter.failed


p = parse_tokens(200000)
l = lookups(250000)
v = validator(1000000)
m = managed(1000000)
print("parse", p)
print("lookups", l)
print("validator", v)
print("managed", m)
print("checksum", (p[0] * 31 + p[1] + l[0] * 7 + l[1] + v[0] + v[1] * 3 + v[2] + m[0] + m[2]) % 1000000007)
