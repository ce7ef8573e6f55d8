print("rel_pkg.sub.x: executing, __name__ =", __name__, "__package__ =", __package__)


def y():
    return "x.y"
