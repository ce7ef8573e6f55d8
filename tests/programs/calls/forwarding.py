# Forwarding *args and **kwargs through wrappers
def target(a, b=2, *rest, key="k", **extra):
    return "a=%r b=%r rest=%r key=%r extra=%r" % (a, b, rest, key, extra)

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1))
print(forward(1, 2, 3, 4))
print(forward(1, key="x", other=5))
print(forward(b=9, a=8))

def logging_wrapper(fn):
    def wrapper(*args, **kwargs):
        print("args", args, "kwargs", kwargs)
        return fn(*args, **kwargs)
    return wrapper

wrapped = logging_wrapper(logging_wrapper(target))
print(wrapped(1, 2, key=3))

def add_default(fn, **defaults):
    def wrapper(*args, **kwargs):
        merged = dict(defaults)
        merged.update(kwargs)
        return fn(*args, **merged)
    return wrapper

t2 = add_default(target, key="default", flag=True)
print(t2(0))
print(t2(0, key="override"))

def partial(fn, *pre, **prekw):
    def call(*args, **kw):
        return fn(*pre, *args, **{**prekw, **kw})
    return call

p = partial(target, "A", "B", key="pk")
print(p(), p("C", key="new", z=1))
print(partial(max)(3, 9, 2), partial(max, 5)(1, 2))
print(partial(sorted, key=lambda v: -v)([3, 1, 2]))

def count_args(*args, **kwargs):
    return len(args), len(kwargs)

def relay(n, *args, **kwargs):
    if n == 0:
        return count_args(*args, **kwargs)
    return relay(n - 1, n, *args, **kwargs, **{"k%d" % n: n})

print(relay(5))
def splat_builtins(*a, **k):
    return print(*a, **k)
splat_builtins("x", "y", sep="-", end="!\n")
splat_builtins(*range(3), sep=", ")
def apply(fn, args, kwargs):
    return fn(*args, **kwargs)
print(apply(dict, [[("a", 1)]], {"b": 2}), apply(range, (2, 10, 3), {}))
print(apply(int, ("ff",), {"base": 16}), apply(sorted, ([3, 1, 2],), {"reverse": True}))
