# Import failures caught and printed: missing modules/submodules, non-packages, missing names, bad relative imports.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/lib_plain')


def is_bound(name):
    return hasattr(sys.modules['__main__'], name)


def show(e):
    print(" ", type(e).__name__, "|", str(e).split(' (')[0], "| name =", repr(e.name))


print("-- import a missing top-level module")
try:
    import nosuchmod_spindle_test
except ModuleNotFoundError as e:
    show(e)
    print("  msg:", e.msg, "| path:", e.path, "| ImportError subclass:", isinstance(e, ImportError))
print(is_bound('nosuchmod_spindle_test'))

print("-- import a missing submodule of a package")
try:
    import err_pkg.nosuch
except ImportError as e:
    show(e)
print("err_pkg loaded anyway:", 'err_pkg' in sys.modules, "bound:", is_bound('err_pkg'))

print("-- import a missing sub-submodule")
try:
    import err_pkg.nosuch.deeper
except ImportError as e:
    show(e)

print("-- a submodule of a plain module")
try:
    import err_plain.sub
except ImportError as e:
    show(e)
print("err_plain loaded anyway:", 'err_plain' in sys.modules)

print("-- from a package import a missing name")
try:
    from err_pkg import nosuch
except ImportError as e:
    show(e)
    print("  path ends with __init__.py:", e.path.endswith('err_pkg/__init__.py'))

print("-- from a plain module import a missing name (after a present one)")
try:
    from err_plain import PLAIN, nosuch_either
except ImportError as e:
    show(e)
    print("  path ends with err_plain.py:", e.path.endswith('lib_plain/err_plain.py'))
print("PLAIN bound:", is_bound('PLAIN'), is_bound('nosuch_either'))

print("-- from a missing module import a name")
try:
    from nosuch_pkg_spindle import thing
except ImportError as e:
    show(e)

print("-- relative import in the main script")
try:
    from . import sibling
except ImportError as e:
    show(e)
try:
    from .sibling import thing
except ImportError as e:
    show(e)
try:
    from .. import thing
except ImportError as e:
    show(e)
print("main __package__:", repr(__package__))

print("-- relative import beyond the top-level package")
try:
    import err_pkg.beyond
except ImportError as e:
    show(e)
print("err_pkg.beyond in sys.modules:", 'err_pkg.beyond' in sys.modules)

print("-- a module whose own import fails is not kept")
try:
    import err_pkg.broken
except ModuleNotFoundError as e:
    show(e)
print("err_pkg.broken in sys.modules:", 'err_pkg.broken' in sys.modules, "attribute:", hasattr(sys.modules['err_pkg'], 'broken'))

print("-- a module raising at top level is not kept, re-import runs it again")
for attempt in range(2):
    try:
        import err_raises
    except ValueError as e:
        print(" ", attempt, type(e).__name__, e, "| in sys.modules:", 'err_raises' in sys.modules)

print("-- repeated failure is still a failure")
for attempt in range(2):
    try:
        import err_pkg.nosuch
    except ImportError as e:
        show(e)

print("-- __import__ errors")
try:
    __import__('')
except ValueError as e:
    print(" ", type(e).__name__, e)
try:
    __import__('nosuchmod_spindle_test.x')
except ImportError as e:
    show(e)
