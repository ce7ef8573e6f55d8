print("basic_pkg: __init__ executing, __name__ =", __name__, "__package__ =", __package__)
PKG_LEVEL = "top"
