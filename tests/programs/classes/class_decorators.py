# Class decorators: registration, adding attributes, replacing the class.
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        cls.get_tag = lambda self: "<%s>" % self.tag
        return cls
    return deco


@register
@with_tag("b")
class A:
    pass


@with_tag("i")
@register
class B:
    def __init__(self, n):
        self.n = n


print(registry, A.tag, B.tag, A().get_tag(), B(1).get_tag())


def replace(cls):
    return "replaced %s" % cls.__name__


@replace
class Gone:
    pass


print(Gone)


def count_calls(cls):
    orig = cls.__init__

    def init(self, *args, **kwargs):
        cls.made += 1
        orig(self, *args, **kwargs)
    cls.made = 0
    cls.__init__ = init
    return cls


@count_calls
class C:
    def __init__(self, a, b=2):
        self.total = a + b


xs = [C(1), C(2, b=5), C(a=3)]
print(C.made, [x.total for x in xs])
