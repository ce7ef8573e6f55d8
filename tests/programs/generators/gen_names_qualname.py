# Checks __name__ and __qualname__ of generator objects for functions, nested functions and methods.
def top():
    yield

def outer():
    def nested():
        yield
    return nested()

class C:
    def method(self):
        yield
    @staticmethod
    def smethod():
        yield
    @classmethod
    def cmethod(cls):
        yield
    class Inner:
        def deep(self):
            yield

for g in (top(), outer(), C().method(), C.smethod(), C.cmethod(), C.Inner().deep()):
    print(type(g).__name__, g.__name__, g.__qualname__)
    g.close()

# generator object names are copied from the function at creation time
def renamed():
    yield
renamed.__name__ = "new_name"
renamed.__qualname__ = "Some.new_qualname"
r = renamed()
print(r.__name__, r.__qualname__)

# names can be reassigned on the generator itself
g = top()
g.__name__ = "changed"
g.__qualname__ = "changed.qual"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    g.__qualname__ = None
except TypeError as e:
    print("TypeError:", e)
try:
    del g.__name__
except TypeError as e:
    print("TypeError:", e)

# lambdas containing yield are generators too
lam = lambda: (yield 5)
lg = lam()
print(type(lg).__name__, lg.__name__, lg.__qualname__, next(lg))

def factory():
    return lambda: (yield)
print(factory()().__qualname__)

# the function is not itself a generator object
print(type(top).__name__, top.__name__)
