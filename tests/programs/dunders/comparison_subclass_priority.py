# A subclass's reflected comparison/operator is tried first; __eq__ across classes.
log = []


class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        log.append("Base.__eq__")
        return self.v == o.v

    def __lt__(self, o):
        log.append("Base.__lt__")
        return self.v < o.v

    def __gt__(self, o):
        log.append("Base.__gt__")
        return self.v > o.v

    __hash__ = None


class Sub(Base):
    def __eq__(self, o):
        log.append("Sub.__eq__")
        return self.v == o.v

    def __gt__(self, o):
        log.append("Sub.__gt__")
        return self.v > o.v


def run(label, f):
    del log[:]
    print(label, f(), log)


run("Base==Sub", lambda: Base(1) == Sub(1))
run("Sub==Base", lambda: Sub(1) == Base(2))
run("Base<Sub", lambda: Base(1) < Sub(2))
run("Sub<Base", lambda: Sub(1) < Base(2))
run("Base<Base", lambda: Base(3) < Base(2))
run("Base!=Sub", lambda: Base(1) != Sub(1))
print(Base.__hash__, Sub.__hash__)


class Other:
    def __eq__(self, o):
        log.append("Other.__eq__")
        return "other-eq"


run("Base==Other", lambda: Other() == Base(1))
run("list==Other", lambda: [1] == Other())
run("in", lambda: Other() in [1, 2])
