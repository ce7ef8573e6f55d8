print("ns_space.mod: executing, __name__ =", __name__, "__package__ =", __package__)
from .sub import leaf
from . import helper
VALUE = "mod value with " + leaf.LEAF + " and " + helper.HELP
