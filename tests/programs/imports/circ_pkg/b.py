import sys
print("circ_pkg.b: start")
print("circ_pkg.b: 'circ_pkg.a' in sys.modules:", 'circ_pkg.a' in sys.modules)
import circ_pkg.a as a
print("circ_pkg.b: a.__name__ =", a.__name__)
print("circ_pkg.b: hasattr A_EARLY", hasattr(a, 'A_EARLY'), "A_LATE", hasattr(a, 'A_LATE'), "a_func", hasattr(a, 'a_func'))
from circ_pkg.a import A_EARLY
print("circ_pkg.b: got A_EARLY =", A_EARLY)
try:
    a.A_LATE
except AttributeError as e:
    print("circ_pkg.b: AttributeError:", e)
try:
    from circ_pkg.a import A_LATE
except ImportError as e:
    print("circ_pkg.b: ImportError type:", type(e).__name__)
    print("circ_pkg.b: e.name =", e.name)
    print("circ_pkg.b: partially initialized in message:", 'partially initialized' in str(e))
    print("circ_pkg.b: message start:", str(e).split(' (')[0])
    print("circ_pkg.b: e.path ends with a.py:", e.path.endswith('circ_pkg/a.py'))
B_DONE = True


def b_func():
    return "b_func sees a.A_LATE = " + a.A_LATE


print("circ_pkg.b: end")
