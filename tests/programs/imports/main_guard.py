# if __name__ == "__main__" in the main script vs in imported modules; the __main__ module itself.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/lib_plain')

MARK = "mark set in the main script"
print("main: __name__ =", __name__)
print("main: __package__ =", repr(__package__))
print("main: __file__ ends with", __file__.endswith('tests/programs/imports/main_guard.py'))
print("main: sys.argv[0] =", sys.argv[0])

import guard_mod
import guard_pkg.tool
print("main:", guard_mod.describe(), guard_pkg.tool.RUN_AS)

main_module = sys.modules['__main__']
print("main: sys.modules['__main__'].__name__ =", main_module.__name__)
print("main: main module MARK =", main_module.MARK)
main_module.ADDED = "added through sys.modules['__main__']"
print("main: ADDED =", ADDED)
import __main__
print("main: import __main__ gives the same module:", __main__ is main_module)


def run():
    print("main: run() called, __name__ inside function =", __name__)


if __name__ == "__main__":
    print("main: inside the __main__ guard")
    run()
    print("main: __spec__ =", repr(__spec__))
else:
    print("main: not main (never printed)")
