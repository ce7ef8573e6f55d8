# sys.exit with various arguments (tuples become args), SystemExit through finally and with.
import sys

def attempt(arg):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)

for arg in [0, 1, True, False, "text", [1, 2], 2.5, None, (), (1,), (1, 2)]:
    attempt(arg)

try:
    sys.exit()
except SystemExit as e:
    print("no arg", repr(e.code), e.args)

try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args", e.code)

def cleanup():
    try:
        sys.exit("from try")
    finally:
        print("finally runs on sys.exit")

try:
    cleanup()
except SystemExit as e:
    print("caught", e.code)

try:
    sys.exit(ValueError("exc as code"))
except SystemExit as e:
    print(type(e.code).__name__, e.code)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(3)
    except Exception:
        print("never")
except BaseException as e:
    print("BaseException caught", type(e).__name__)

class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__, ev.code)
        return True

with CM():
    sys.exit(9)
print("suppressed SystemExit")
sys.exit([1, "two"])
