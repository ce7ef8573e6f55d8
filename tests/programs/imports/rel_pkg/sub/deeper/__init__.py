print("rel_pkg.sub.deeper: __init__, __package__ =", __package__)
