# globals(), locals(), vars() and dir() answered by the engine from the running frame (the
# threaded engine reads the frame's slots from its arena window), eval/exec in the caller's
# namespaces and in dicts.
top = 1


def f(a, b=2):
    c = a + b

    def inner():
        return c
    print(sorted(locals()), inner())
    print(eval("a + b + c"), sorted(dir()))
    exec("d = a * 10\nprint('exec sees', d)")
    return globals()['top']


print(f(1))
print(eval("top + 1"), vars()['top'])
ns = {'n': 3}
exec("m = n * 2", ns)
print(ns['m'], eval("m + n", ns, {'n': 100}))
