print("rel_pkg.sub: __init__, __package__ =", __package__)
from . import x
from .x import y as _y
SUB = "sub init got " + _y()
