print("rel_pkg.sib: __init__, __package__ =", __package__)
