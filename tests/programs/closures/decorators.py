# Decorators: plain, with arguments, stacked; order of application
log = []

def trace(fn):
    log.append("decorating")
    def wrapper(*args, **kwargs):
        print("call", args, kwargs)
        result = fn(*args, **kwargs)
        print("ret", result)
        return result
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, 2)
add(5, b=10)
print(log)

def repeat(times):
    log.append("repeat(%d)" % times)
    def deco(fn):
        log.append("repeat deco %d" % times)
        def wrapper(x):
            out = []
            for _ in range(times):
                out.append(fn(x))
            return out
        return wrapper
    return deco

def tag(name):
    log.append("tag(" + name + ")")
    def deco(fn):
        log.append("tag deco " + name)
        def wrapper(x):
            return "<%s>%s</%s>" % (name, fn(x), name)
        return wrapper
    return deco

log = []
@tag("b")
@tag("i")
def shout(x):
    return x.upper()

print(shout("hi"))
print(log)
log = []
@repeat(2)
@tag("u")
def word(x):
    return x
print(word("w"))
print(log)

def counted(fn):
    calls = 0
    def wrapper(*a):
        nonlocal calls
        calls += 1
        return fn(*a), calls
    return wrapper

@counted
def sq(x):
    return x * x
print(sq(3), sq(4), sq(5))

registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco

@register("double")
def double(x):
    return x * 2
@register("neg")
def neg(x):
    return -x
print(sorted(registry), registry["double"](21), registry["neg"](4), double(1))

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

@memo
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(80))
def identity(fn):
    return fn
@identity
@identity
def plain():
    return "plain"
print(plain(), plain is identity(plain))
