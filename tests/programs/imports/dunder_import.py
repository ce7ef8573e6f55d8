# __import__: top package vs submodule return values, fromlist, level with a globals dict, and its errors.
import sys

print("-- __import__('dimp_pkg.sub') returns the top package")
m = __import__('dimp_pkg.sub')
print(m.__name__, m.sub.x, m.sub is sys.modules['dimp_pkg.sub'])
print(hasattr(sys.modules['__main__'], 'dimp_pkg'))

print("-- with a fromlist it returns the submodule itself")
s = __import__('dimp_pkg.sub', fromlist=['x'])
print(s.__name__, s.x)
s2 = __import__('dimp_pkg.sub', {'__name__': '__main__'}, None, ['x'], 0)
print(s2 is s)

print("-- a fromlist naming an unloaded submodule imports it")
p = __import__('dimp_pkg', fromlist=['other'])
print(p.__name__, p.other.y, 'dimp_pkg.other' in sys.modules)
p = __import__('dimp_pkg', fromlist=['no_such_thing'])
print(p.__name__, hasattr(p, 'no_such_thing'))

print("-- level=1 with a globals dict")
g = {'__name__': 'dimp_pkg.sub', '__package__': 'dimp_pkg'}
r = __import__('third', g, None, ['z'], 1)
print(r.__name__, r.z)
r = __import__('third', g, None, [], 1)
print(r.__name__)
r = __import__('', g, None, ['other'], 1)
print(r.__name__, r.other.y)
r = __import__('sub', globals=g, fromlist=('x',), level=1)
print(r.__name__)

print("-- bad relative imports through __import__")
try:
    __import__('x', {'__package__': 'dimp_pkg'}, None, ['y'], 2)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__package__': ''}, None, ['y'], 1)
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__package__': 5}, None, ['y'], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__('dimp_pkg', level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)

print("-- __import__ of standard modules")
print(__import__('math').sqrt(16), __import__('sys') is sys)
print(__import__('math', fromlist=['pi']).pi)
