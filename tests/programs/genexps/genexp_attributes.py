# Checks genexp object attributes (__name__, __qualname__, type) and generator methods on genexps.
g = (x for x in range(3))
print(type(g).__name__, g.__name__, g.__qualname__)
print(iter(g) is g, g.gi_running, g.gi_frame is not None)

def func():
    return (y for y in "ab")

h = func()
print(h.__name__, h.__qualname__)

class K:
    def meth(self):
        return (z for z in [1])
    gen_in_body = (w for w in [1])

print(K().meth().__qualname__)
print(K.gen_in_body.__qualname__)

nested = (list(i for i in range(n)) for n in range(3))
print(nested.__qualname__, list(nested))

def outer():
    def inner():
        return (v for v in [0])
    return inner()
print(outer().__qualname__)

# send(None) works like next; send(non-None) to a started genexp is ignored by the loop
g = (x * 2 for x in range(5))
print(g.send(None))
print(g.send("ignored"))
print(next(g))
# throw into a genexp
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print("ValueError:", e)
print(next(g, "finished after throw"))

g = (x for x in range(3))
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(g))
g.close()
print(next(g, "closed"), g.gi_frame is None)

lam_gen = (lambda: (q for q in [1]))()
print(lam_gen.__qualname__)
