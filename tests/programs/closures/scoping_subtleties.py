# Subtle scoping: shared cells, nested comprehension lambdas, global inside
# nested functions, evaluation order of decorators and defaults
def val(tag):
    print("eval", tag)
    return tag

def deco(tag):
    print("deco expr", tag)
    def apply(fn):
        print("apply", tag)
        return fn
    return apply

@deco("outer")
@deco("inner")
def f(a=val("a-default"), *, b=val("b-default")):
    return a, b

print(f())
g = lambda x=val("lambda-default"): x
print(g())

fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(12))

def shared():
    cell = []
    def put(v):
        cell.append(v)
    def get():
        return list(cell)
    def reset():
        nonlocal cell
        cell = ["reset"]
    put(1)
    put(2)
    before = get()
    reset()
    put(3)
    return before, get()

print(shared())
grid = [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[h() for h in row] for row in grid])

def while_closures():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [h() for h in fs]

print(while_closures())
x = "global x"
def enclosing():
    x = "enclosing x"
    def inner():
        global x
        return x
    def inner2():
        return x
    return inner(), inner2()

print(enclosing())
def passthrough():
    v = 1
    def middle():
        def inner():
            nonlocal v
            v += 10
            return v
        return inner
    return middle()(), middle()(), v

print(passthrough())
def make_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    return inc, dec

inc, dec = make_pair()
inc2, dec2 = make_pair()
print(inc(), inc(), dec(), inc2(), dec2(), dec2(), inc())
def outer_loop():
    out = []
    for i in range(3):
        def show(prefix, i=i):
            return prefix + str(i) + "/" + str(last)
        out.append(show)
        last = i * 100
    return [s("p") for s in out]

print(outer_loop())
def comprehension_sees_locals(n):
    scale = 3
    return [[scale * r + c for c in range(n)] for r in range(n)]

print(comprehension_sees_locals(3))
y = 5
def shadows():
    y = 50
    return [y + k for k in range(2)], {k: y for k in range(1)}

print(shadows(), y)
