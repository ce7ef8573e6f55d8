print("basic_pkg.b.c: executing, __name__ =", __name__, "__package__ =", __package__)
name = "c.name"
other = "c.other"


def where():
    return __name__
