# The class body runs once, top to bottom, as its own namespace; defaults and
# private name mangling.
print("before class")


class Config:
    print("in class body")
    base = 10
    double = base * 2
    names = ["a", "b"]
    table = {}
    for n in names:
        table[n] = len(n) + base
    del n
    if base > 5:
        big = True
    else:
        big = False

    def scaled(self, k=base):
        return self.double * k

    __secret = "hidden"

    def reveal(self):
        return self.__secret

    def set_secret(self, v):
        self.__token = v
        return sorted(vars(self))


print("after class")
c = Config()
print(Config.base, Config.double, Config.table, Config.big, hasattr(Config, "n"))
print(c.scaled(), c.scaled(1), c.reveal(), Config._Config__secret, hasattr(Config, "__secret"))
print(c.set_secret(5), c._Config__token)
Config.base = 99
print(c.scaled(), Config.double)


class Counter:
    total = 0

    def __init__(self):
        Counter.total += 1
        self.number = Counter.total


objs = [Counter() for _ in range(3)]
print([o.number for o in objs], Counter.total)


def factory(prefix):
    class Made:
        tag = prefix

        def hello(self):
            return self.tag + prefix

    return Made


A = factory("a")
B = factory("b")
print(A().hello(), B().hello(), A is B, A.tag, B.tag)
