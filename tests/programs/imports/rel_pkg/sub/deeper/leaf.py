print("rel_pkg.sub.deeper.leaf: executing, __package__ =", __package__)
from ... import top
from ...top import z as top_z
from .. import x as sub_x
from ...sib.mod import f as sib_f
LEAF = [top.__name__, top_z(), sub_x.y(), sib_f()]
