# The order in which binary operator methods are tried, and NotImplemented fallback.
log = []


class A:
    def __add__(self, o):
        log.append("A.__add__")
        return NotImplemented

    def __radd__(self, o):
        log.append("A.__radd__")
        return "A.radd"


class B:
    def __add__(self, o):
        log.append("B.__add__")
        return "B.add"

    def __radd__(self, o):
        log.append("B.__radd__")
        return "B.radd"


class SubA(A):
    def __radd__(self, o):
        log.append("SubA.__radd__")
        return "SubA.radd"


def run(label, f):
    del log[:]
    r = f()
    print(label, r, log)


run("A+B", lambda: A() + B())
run("B+A", lambda: B() + A())
run("A+SubA", lambda: A() + SubA())
run("1+A", lambda: 1 + A())


class Half:
    def __eq__(self, o):
        log.append("Half.__eq__")
        return NotImplemented


run("Half==Half", lambda: Half() == Half())
h = Half()
run("h==h", lambda: h == h)
run("Half!=1", lambda: Half() != 1)


class IAdd:
    def __iadd__(self, o):
        log.append("IAdd.__iadd__")
        return NotImplemented

    def __add__(self, o):
        log.append("IAdd.__add__")
        return "fallback add"


def inplace():
    x = IAdd()
    x += 1
    return x


run("IAdd+=", inplace)
print(type(NotImplemented).__name__, repr(NotImplemented))
