# from mod import *: without __all__ (underscore names skipped), with __all__ (list or tuple), packages, bad __all__ entries.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/lib_plain')
main = sys.modules['__main__']


def bound(names):
    return [n for n in names if hasattr(main, n)]


NOALL = ['math', '_sys', 'public_value', '_private_value', '__dunder_value__', 'public_func', '_private_func', 'PublicClass']
print("no __all__, before:", bound(NOALL))
from star_noall import *
print("no __all__, after:", bound(NOALL))
print(public_value, public_func(), PublicClass.__name__, math.sqrt(4.0))

WITHALL = ['__all__', 'exported', '_hidden_but_listed', 'not_listed', 'func']
print("with __all__, before:", bound(WITHALL))
from star_all import *
print("with __all__, after:", bound(WITHALL))
print(exported, _hidden_but_listed, func())

TUPLE = ['t_one', 't_two', 't_three']
from star_tuple import *
print("tuple __all__:", bound(TUPLE))

PKG = ['sub_one', 'sub_two', 'pkg_value', 'other_value', 'star_pkg']
print("package __all__, before:", bound(PKG))
from star_pkg import *
print("package __all__, after:", bound(PKG))
print(sub_one.ONE, sub_one.__name__, pkg_value)
print('star_pkg' in sys.modules, 'star_pkg.sub_one' in sys.modules, 'star_pkg.sub_two' in sys.modules)

print("-- star import overwrites existing names")
exported = "overwritten soon"
print(exported)
from star_all import *
print(exported)

print("-- __all__ naming a missing attribute")
try:
    from star_bad import *
except AttributeError as e:
    print(type(e).__name__, e)
print(bound(['present', 'missing_name']))

print("-- __all__ with a non-string item")
try:
    from star_badtype import *
except TypeError as e:
    print(type(e).__name__, e)
print(bound(['ok_name']))
