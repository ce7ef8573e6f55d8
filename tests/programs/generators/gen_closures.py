# Checks generators closing over variables: cells, nonlocal updates, late binding.
def make_counter():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    def peek():
        return count
    return gen, peek

gen, peek = make_counter()
g1 = gen()
g2 = gen()
print(next(g1), next(g1), next(g2), peek())
g1.close()
g2.close()

# the generator reads the outer variable at resume time, not creation time
def outer():
    value = "first"
    def g():
        yield value
        yield value
    it = g()
    print(next(it))
    value = "second"
    print(next(it))

outer()

# generators created in a loop share the loop variable cell
def make_gens():
    gens = []
    for i in range(3):
        def g():
            yield i
        gens.append(g())
    return gens

print([next(g) for g in make_gens()])

# default argument binds early
def make_gens_default():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
        gens.append(g())
    return gens

print([next(g) for g in make_gens_default()])

# a generator's own locals persist across yields and are independent per instance
def local_state(tag):
    history = []
    while True:
        item = yield list(history)
        history.append((tag, item))

a = local_state("a")
b = local_state("b")
next(a); next(b)
print(a.send(1))
print(b.send(2))
print(a.send(3))
a.close(); b.close()

# a closure created inside a generator, capturing a generator local
def closure_maker():
    x = 1
    f = lambda: x
    yield f()
    x = 2
    yield f()

print(list(closure_maker()))
