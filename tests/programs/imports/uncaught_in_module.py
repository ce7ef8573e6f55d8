# An uncaught exception raised by an imported module's top-level code: the traceback names both files.
print("main: before the import")
import sys
from fail_top_pkg import boom
print("main: never reached")
