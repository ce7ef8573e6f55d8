# Checks that any/all/next over genexps stop consuming early, observable via side effects.
def noisy(values):
    for v in values:
        print("  produced", v)
        yield v

print("any:")
print(any(v > 1 for v in noisy([0, 1, 2, 3, 4])))
print("all:")
print(all(v < 2 for v in noisy([0, 1, 2, 3, 4])))
print("next with condition:")
print(next(v for v in noisy(range(10)) if v * v > 10))
print("in operator:")
print(3 in (v for v in noisy(range(10))))
print("zip stops early:")
print(list(zip("ab", (v for v in noisy(range(10))))))
print("unpacking exactly:")
a, b = (v for v in noisy([1, 2]))
print(a, b)
print("remaining items after any():")
g = (v for v in range(6))
print(any(v == 2 for v in g), list(g))
print("all() on empty:")
print(all(v for v in []), any(v for v in []))
print("min stops at nothing, consumes all:")
print(min(v for v in noisy([3, 1, 2])))
print("max with early exception:")
def boom():
    yield 1
    raise LookupError("boom after 1")
try:
    max(v for v in boom())
except LookupError as e:
    print("LookupError:", e)
