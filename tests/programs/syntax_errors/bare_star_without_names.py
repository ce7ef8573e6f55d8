def f(a, *, **kw):
    return a
