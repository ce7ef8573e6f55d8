print("pkgs_pkg.inner: __init__ executing")
from .deep import DEEP as _DEEP
INNER = "inner sees " + _DEEP
