print("rel_pkg.top: executing, __package__ =", __package__)


def z():
    return "top.z"
