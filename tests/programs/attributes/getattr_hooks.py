# __getattr__ as a fallback only; __setattr__ and __delattr__ intercept everything.
class Fallback:
    real = "class attr"

    def __init__(self):
        self.here = "instance attr"

    def __getattr__(self, name):
        return "fallback(%s)" % name


f = Fallback()
print(f.here, f.real, f.missing, getattr(f, "other"), hasattr(f, "anything"))


class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append("set %s" % name)
        object.__setattr__(self, name, value * 2)

    def __delattr__(self, name):
        self.log.append("del %s" % name)
        object.__delattr__(self, name)


r = Recorder()
r.a = 1
r.b = "x"
setattr(r, "c", [0])
print(r.a, r.b, r.c)
del r.a
delattr(r, "b")
print(r.log, sorted(vars(r)))


class ReadOnly:
    def __init__(self, **kw):
        for k in kw:
            object.__setattr__(self, k, kw[k])

    def __setattr__(self, name, value):
        print("refused", name)


ro = ReadOnly(a=1)
ro.a = 2
ro.b = 3
print(ro.a, hasattr(ro, "b"))


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


px = Proxy([3, 1, 2])
px.append(0)
px.sort()
print(px._target, px.index(3), px.count(1))
