# Relative imports: from . import x, from .x import y, from .. import z, from ..sib.mod import f, three-dot imports.
import sys

import rel_pkg.sub.user as user
print("-- results")
for item in user.RESULTS:
    print(item)
print("-- leaf")
for item in user.LEAF:
    print(item)
print("-- __package__ values")
for name in sorted([k for k in sys.modules if k.startswith('rel_pkg')]):
    print(name, sys.modules[name].__package__)
print("-- the relative imports bound submodules on their parents")
print(hasattr(sys.modules['__main__'], 'rel_pkg'))
import rel_pkg
print(rel_pkg.sub.x is user.x, rel_pkg.top is user.top, rel_pkg.sib.mod.f is user.f)
print(rel_pkg.sub.deeper.leaf.LEAF is user.LEAF, rel_pkg.sub.SUB)
