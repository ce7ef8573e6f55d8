# sys.exit() with no argument and sys.exit(None) both mean success.
import sys

try:
    sys.exit(None)
except SystemExit as e:
    print("caught", e.code is None, e.args)

print("before exit")
sys.exit()
print("not reached")
