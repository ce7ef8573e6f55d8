# exec/eval/compile with the caller's namespaces and with explicit dicts; globals(), locals(),
# vars() and dir() without arguments in modules, functions and class bodies.
x = 10
print(eval("x + 1"), eval("  2 * 3"))
exec("y = x * 2")
print(y)
def f(a, b=3):
    c = a + b
    print(sorted(locals().items()))
    print(eval("a * c"))
    print(sorted(dir()))
    exec("d = 99")
    print(vars() == locals())
    return globals()['x']
print(f(1))
g = {'n': 5}
exec("m = n + 1\ndef h(): return m * 2\nk = h()", g)
print(g['m'], g['k'], sorted(k for k in g if not k.startswith('__')))
print(eval("n * 100", g), eval("n + q", g, {'q': 7}))
code = compile("z = 1 + 2\nprint('z is', z)", "<mine>", "exec")
print(code.co_filename)
exec(code)
print(z)
e = compile("z * 10", "<e>", "eval")
print(eval(e))
ns = {}
exec("class K:\n    v = 3\n    def m(self): return self.v\nobj = K()", ns)
print(ns['obj'].m(), type(ns['obj']).__name__)
try:
    eval("1 +")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno, err.filename)
try:
    exec("raise ValueError('boom')")
except ValueError as err:
    print("caught", err)
print(sorted(k for k in globals() if not k.startswith('__'))[:5])
print(eval("__name__"), globals()['__name__'])
class C:
    a = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
def outer():
    v = 5
    def inner():
        return v
    print(sorted(locals()))
    return inner
outer()
print(eval("[i * i for i in range(4)]"))
exec("for i in range(2): print('loop', i)")
print(eval("lambda q: q + x")(1))
exec("x = 41", globals())
print(x + 1)
g = globals()
exec("y = x + 1", g)
print(y, g['y'])
def f():
    exec("z = 5", globals())
f()
print(z)
