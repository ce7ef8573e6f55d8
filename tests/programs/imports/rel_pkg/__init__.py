print("rel_pkg: __init__, __package__ =", __package__)
ROOT = "rel_pkg.ROOT"
