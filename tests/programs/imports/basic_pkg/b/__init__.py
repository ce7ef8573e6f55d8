print("basic_pkg.b: __init__ executing, __name__ =", __name__, "__package__ =", __package__)
B_LEVEL = "middle"
