# Attributes of function objects: __name__/__qualname__/__doc__/__module__ assignment and its
# errors, arbitrary attributes kept in __dict__, a decorator copying names the way
# functools.wraps does, and the names a renamed function gives its generators and its repr.


def counted(n):
    """Counts calls."""
    counted.calls += 1
    return n * 2


counted.calls = 0
for i in range(3):
    counted(i)
print(counted.calls, counted.__dict__, counted.__doc__)
print(hasattr(counted, "calls"), getattr(counted, "missing", "default"))
setattr(counted, "tag", "x")
print(sorted(counted.__dict__))
del counted.tag
print("tag" in counted.__dict__)
try:
    del counted.tag
except AttributeError as err:
    print("AttributeError:", err)
try:
    counted.nothing
except AttributeError as err:
    print("AttributeError:", err)


def copy_names(wrapper, wrapped):
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(wrapper, attr, getattr(wrapped, attr))
    wrapper.__dict__.update(wrapped.__dict__)
    wrapper.__wrapped__ = wrapped
    return wrapper


def logged(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        return func(*args)

    return copy_names(wrapper, func)


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area(3, 4), area.__name__, area.__qualname__, area.__doc__)
print(area.__wrapped__.__name__, area.calls if hasattr(area, "calls") else "no calls")
print(repr(area).split(" at ")[0])

for bad in (5, None, 3.5):
    try:
        area.__name__ = bad
    except TypeError as err:
        print("TypeError:", err)
try:
    area.__qualname__ = 1
except TypeError as err:
    print("TypeError:", err)
for name in ("__name__", "__qualname__"):
    try:
        delattr(area, name)
    except TypeError as err:
        print("TypeError:", err)
try:
    area.__dict__ = []
except TypeError as err:
    print("TypeError:", err)
try:
    del area.__dict__
except TypeError as err:
    print("TypeError:", err)
area.__dict__ = {"fresh": 1}
print(area.fresh, area.__dict__)
area.__doc__ = 42
print(area.__doc__)
del area.__doc__
print(area.__doc__)
area.__module__ = "elsewhere"
print(area.__module__)
try:
    area.__globals__ = {}
except AttributeError as err:
    print("AttributeError:", err)


def gen():
    yield 1


gen.__name__ = "renamed_gen"
gen.__qualname__ = "Outer.renamed_gen"
g = gen()
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
gen.__name__ = "later"
print(g.__name__, gen().__name__)
lam = lambda: 0
lam.__name__ = "named"
print(lam.__name__, lam.__qualname__, repr(lam).split(" at ")[0])
