# A SyntaxError in an imported module, uncaught: the traceback shows the import line, then the bad file, line, caret.
print("main: before the import")
import sys
import syn_bad_pkg.bad
print("main: never reached")
