print("pkgs_pkg: __init__ start")
from . import alpha
from .alpha import helper
INIT = "init value"
shadow = "attribute named shadow"
print("pkgs_pkg: __init__ end, helper() =", helper())
