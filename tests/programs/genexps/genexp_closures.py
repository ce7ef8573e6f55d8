# Checks genexps capturing enclosing function variables (cells), late binding and nested genexps.
def make(n):
    return (i * n for i in range(3))

print(list(make(2)), list(make(5)))

def late():
    k = 1
    g = (i + k for i in range(3))
    k = 100
    return list(g)

print(late())

def per_step():
    k = 0
    def bump():
        nonlocal k
        k += 10
    g = (i + k for i in range(3))
    out = []
    for v in g:
        out.append(v)
        bump()
    return out

print(per_step())

# genexps inside a loop all share the loop variable when consumed later
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])

# capturing by the first iterable instead (evaluated eagerly)
gens = [(j for j in [i, i]) for i in range(3)]
print([list(g) for g in gens])

# nested genexp: inner iterates over the outer's variable
words = ["ab", "cde"]
print(list(list(c.upper() for c in w) for w in words))
print(list(sum(1 for c in w) for w in words))

# a genexp inside a lambda
f = lambda xs: sum(x * x for x in xs)
print(f([1, 2, 3]))

# a genexp using a default argument value
def with_default(limit=3):
    return list(v for v in range(10) if v < limit)
print(with_default(), with_default(5))

# genexp referencing a function's own parameter in the condition
def filt(items, bad):
    return [*(x for x in items if x not in bad)]
print(filt("abcabc", "b"))

# variable deleted before consumption
def deleted():
    t = 5
    g = (t for _ in range(1))
    del t
    try:
        return list(g)
    except NameError as e:
        return "NameError: " + str(e)
print(deleted())
