# Checks the class-body pitfall: genexps can't see class-scope names except in the first iterable.
class A:
    items = [1, 2, 3]
    factor = 10
    # the first iterable is evaluated in class scope: works
    doubled = list(x * 2 for x in items)
    try:
        scaled = list(x * factor for x in items)
    except NameError as e:
        scaled = "NameError: " + str(e)
    try:
        filtered = list(x for x in range(5) if x in items)
    except NameError as e:
        filtered = "NameError: " + str(e)
    try:
        pairs = list((x, y) for x in range(2) for y in items)
    except NameError as e:
        pairs = "NameError: " + str(e)

print(A.doubled)
print(A.scaled)
print(A.filtered)
print(A.pairs)

# module globals are visible from a class-body genexp
GLOBAL_FACTOR = 3
class B:
    vals = [1, 2]
    out = list(v * GLOBAL_FACTOR for v in vals)
print(B.out)

# class-scope names shadowing globals: the genexp sees the global
factor = "global factor"
class C:
    factor = "class factor"
    seen = list(factor for _ in range(1))
print(C.seen)

# inside a method, class attributes must be accessed through self / the class
class D:
    base = 5
    def compute(self):
        return list(self.base + i for i in range(3))
    def compute_bare(self):
        try:
            return list(base + i for i in range(3))
        except NameError as e:
            return "NameError: " + str(e)
print(D().compute())
print(D().compute_bare())

# function scope enclosing a class: the class body genexp can see function locals
def make():
    local = 7
    class E:
        vals = list(local + i for i in range(2))
    return E.vals
print(make())

# list comprehensions have the same rule in 3.11
class F:
    k = 2
    try:
        res = [i * k for i in range(3)]
    except NameError as e:
        res = "NameError: " + str(e)
print(F.res)
