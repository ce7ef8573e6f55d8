# Imports through IMPORT_NAME, IMPORT_FROM and IMPORT_STAR in every engine: built-in modules,
# bundled Python-source modules (compiled and run on import), import errors. sys.path keeps only
# the standard library's directories (CPython's under /usr; Spindle's library is in its binary,
# so none): no script directory is searched, which Miri's file-system isolation would refuse.
import sys
sys.path[:] = [entry for entry in sys.path if entry.startswith('/usr')]
import heapq
from string import *
import string as s
h = []
for x in [5, 1, 4, 2, 3]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(5)])
print(digits, s.capwords("a b"), s.digits is digits)
try:
    import nowhere
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from heapq import nothing
except ImportError as e:
    print(str(e).split(" (")[0])
def f():
    import bisect
    return bisect.bisect([1, 2, 3], 2)
print(f(), sys.modules['heapq'] is heapq)
