# Checks that generator expressions are lazy: side effects interleave with consumption.
def src(n):
    for i in range(n):
        print("  src yields", i)
        yield i

def f(x):
    print("  f(%d)" % x)
    return x * 10

print("creating")
g = (f(x) for x in src(3))
print("created, nothing evaluated yet")
print("next ->", next(g))
print("for loop:")
for v in g:
    print("got", v)

print("with condition:")
def pred(x):
    print("  pred(%d)" % x)
    return x % 2 == 0
g = (f(x) for x in src(4) if pred(x))
print(list(g))

print("nested fors:")
def inner(tag):
    print("  inner iterable created for", tag)
    return "ab"
g = ((x, y) for x in src(2) for y in inner(x))
print(list(g))

print("partial consumption:")
g = (f(x) for x in src(5))
print(next(g), next(g))
g.close()
print("closed; frame gone:", g.gi_frame is None)
print(next(g, "exhausted"))
