# Imports inside functions, cached re-imports, and sys.modules manipulation (fake entries, None entries, deletion, self-replacement).
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/lib_plain')

print("-- function-local imports")


def use_local():
    import sm_local
    from sm_local import THING, helper as h
    import math as m
    return sm_local.__name__, THING, h(), m.sqrt(9.0)


for i in range(3):
    print(i, use_local())
main = sys.modules['__main__']
print(hasattr(main, 'sm_local'), hasattr(main, 'm'), hasattr(main, 'THING'), 'sm_local' in sys.modules)


def rebind_local_import():
    from sm_local import THING
    THING = THING + " (rebound locally)"
    return THING


print(rebind_local_import())
print(sys.modules['sm_local'].THING)


class Holder:
    import sm_local as mod_in_class
    from sm_local import THING as thing_in_class


print(Holder.mod_in_class.__name__, Holder.thing_in_class)

print("-- a fake entry in sys.modules")


class Fake:
    attr = "fake attr"

    def __repr__(self):
        return "<Fake object>"


fake = Fake()
sys.modules['sm_fake_module'] = fake
import sm_fake_module
print(sm_fake_module is fake, repr(sm_fake_module))
from sm_fake_module import attr
print(attr)
try:
    from sm_fake_module import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
sys.modules['sm_fake_str'] = "just a string"
import sm_fake_str
print(sm_fake_str, sm_fake_str.upper())
from sm_fake_str import upper
print(upper())

print("-- None in sys.modules blocks the import")
sys.modules['sm_blocked'] = None
try:
    import sm_blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name =", e.name)
try:
    from sm_blocked import anything
except ImportError as e:
    print(type(e).__name__, e)

print("-- deleting from sys.modules forces re-execution")
import sm_counter
first = sm_counter
first.state.append("first")
import sm_counter
print(sm_counter is first, sm_counter.state)
del sys.modules['sm_counter']
print('sm_counter' in sys.modules, sm_counter.state)
import sm_counter
print(sm_counter is first, sm_counter.state, first.state)
print(sys.modules['sm_counter'] is sm_counter)

print("-- a module that replaces itself in sys.modules")
import sm_replace
print(type(sm_replace).__name__, sm_replace.kind, sm_replace.anything)
from sm_replace import whatever
print(whatever)

print("-- sys.modules is a plain dict of modules")
print(type(sys.modules).__name__, sys.modules['sys'] is sys)
