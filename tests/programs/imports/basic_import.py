# Basic import forms: import m / as, dotted imports and what they bind, from-imports, __name__/__package__, sys.modules caching.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/lib_plain')


def is_bound(name):
    return hasattr(sys.modules['__main__'], name)


print("-- import basic_mod")
print('basic_mod' in sys.modules)
import basic_mod
print('basic_mod' in sys.modules)
print(basic_mod.__name__, repr(basic_mod.__package__))
print(basic_mod.VALUE, basic_mod.greet("main"), basic_mod._private)
print(type(basic_mod).__name__)
print(basic_mod.__file__.endswith('lib_plain/basic_mod.py'))
print(is_bound('basic_mod'), is_bound('VALUE'), is_bound('greet'))

print("-- importing again does not re-execute")
import basic_mod
import basic_mod as bm
print(bm is basic_mod, sys.modules['basic_mod'] is basic_mod)
print(bm.__name__)
print(bm.VALUE, bm.greet('bm'))


def rebind():
    import basic_mod as again
    return again


print(rebind() is basic_mod)

print("-- import basic_pkg.b.c")
import basic_pkg.b.c
print(is_bound('basic_pkg'), is_bound('b'), is_bound('c'))
print(basic_pkg.__name__, basic_pkg.__package__)
print(basic_pkg.b.__name__, basic_pkg.b.__package__)
print(basic_pkg.b.c.__name__, basic_pkg.b.c.__package__)
print(basic_pkg.PKG_LEVEL, basic_pkg.b.B_LEVEL, basic_pkg.b.c.name, basic_pkg.b.c.where())
print(sys.modules['basic_pkg.b.c'] is basic_pkg.b.c, sys.modules['basic_pkg.b'] is basic_pkg.b)
print(sorted([k for k in sys.modules if k.startswith('basic_')]))

print("-- import basic_pkg.b.c as d")
import basic_pkg.b.c as d
print(d is basic_pkg.b.c, d.__name__)

print("-- from basic_pkg.b import c")
from basic_pkg.b import c
print(c is d, c.other)

print("-- from basic_pkg.b.c import name, other as o")
from basic_pkg.b.c import name, other as o
print(name, o, is_bound('other'), is_bound('o'))

print("-- comma-separated import list")
import basic_pkg, basic_pkg.b as bb, basic_mod as bm2
print(bb is basic_pkg.b, bm2 is basic_mod)

print("-- from-import copies the binding")
from basic_mod import VALUE
basic_mod.VALUE = 99
print(VALUE, basic_mod.VALUE)
