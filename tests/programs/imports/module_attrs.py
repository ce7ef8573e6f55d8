# Module attributes set/deleted from outside, getattr/hasattr/setattr/delattr, module functions using their own globals, __getattr__.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/lib_plain')
import attr_mod as mod

counter = "main's counter"
print(mod.read(), mod.bump(), mod.bump(), mod.counter, counter)
mod.counter = 10
print(mod.read(), mod.bump(), mod.counter, counter)

print("-- setting a new attribute from outside")
try:
    mod.read_extra()
except NameError as e:
    print(type(e).__name__, e)
mod.extra = "set from main"
print(mod.read_extra(), hasattr(mod, 'extra'))
del mod.extra
print(hasattr(mod, 'extra'))
try:
    mod.read_extra()
except NameError as e:
    print(type(e).__name__, e)

print("-- missing attributes")
try:
    mod.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del mod.x
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(mod, 'x', 'default'), hasattr(mod, 'x'))
try:
    getattr(mod, 'x')
except AttributeError as e:
    print(type(e).__name__, e)

print("-- setattr / getattr / delattr")
setattr(mod, 'x', 1)
print(mod.x, getattr(mod, 'x'), hasattr(mod, 'x'))
mod.x += 41
print(mod.x)
delattr(mod, 'x')
print(hasattr(mod, 'x'))
try:
    delattr(mod, 'x')
except AttributeError as e:
    print(type(e).__name__, e)

print("-- functions and classes keep their module")
f = mod.read
print(f.__module__, f.__name__, f.__qualname__)
print(mod.Klass.__module__, mod.Klass.__qualname__, repr(mod.Klass), mod.Klass().where())
counter = 1000
print(f())

print("-- replacing a module function from outside")
original = mod.read
mod.read = lambda: "patched"
print(mod.read(), original())
mod.read = original
print(mod.read())

print("-- module __getattr__")
import attr_lazy
print(attr_lazy.REAL, attr_lazy.lazy, getattr(attr_lazy, 'lazy'))
print(hasattr(attr_lazy, 'lazy'), hasattr(attr_lazy, 'other'))
try:
    attr_lazy.other
except AttributeError as e:
    print(type(e).__name__, e)
from attr_lazy import lazy
print(lazy)
try:
    from attr_lazy import other
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
