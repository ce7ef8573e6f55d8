print("rel_pkg.sub.user: start, __name__ =", __name__, "__package__ =", __package__)
from . import x
from . import x as xx
from .x import y
from .. import top
from ..top import z
from ..sib.mod import f
from .. import sib
from .deeper.leaf import LEAF
from . import deeper
RESULTS = [x.__name__, xx is x, y(), top.__name__, z(), f(), sib.__name__, deeper.__name__]
print("rel_pkg.sub.user: end")
