# Checks that a generator dropped while suspended in try/finally runs its finally block (GeneratorExit).
import sys

def gen(name):
    try:
        print(name, "started")
        yield 1
        yield 2
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally")

g = gen("a")
next(g)
print("deleting a")
del g
print("after del a")

g = gen("b")
next(g)
print("rebinding b")
g = None
print("after rebinding b")

def scope():
    local = gen("c")
    next(local)
    print("leaving scope")

scope()
print("after scope")

# unstarted generator: body never ran, so nothing printed
g = gen("d")
del g
print("after del d")

# finished generator: finally already ran
g = gen("e")
list(g)
del g
print("after del e")

# the finally block runs while GeneratorExit is being handled
def with_context():
    try:
        yield
    finally:
        print("with_context finally, exc_info:", sys_exc())

def sys_exc():
    t = sys.exc_info()[0]
    return None if t is None else t.__name__

h = with_context()
next(h)
del h
print("after del h")

# replacing a list element drops the old generator immediately
gens = [gen("L0"), gen("L1")]
next(gens[0])
next(gens[1])
gens[0] = "replaced"
print("after replacing L0")
gens.pop()
print("after popping L1")
print("end")
