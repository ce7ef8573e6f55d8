# SystemExit is a BaseException: sys.exit raises it, and its .code can be inspected.
import sys

def code_of(f):
    try:
        f()
    except SystemExit as e:
        return "code=%r args=%r str=%r" % (e.code, e.args, str(e))
    return "no exit"

print(code_of(lambda: sys.exit()))
print(code_of(lambda: sys.exit(0)))
print(code_of(lambda: sys.exit(3)))
print(code_of(lambda: sys.exit("message")))
print(code_of(lambda: sys.exit(None)))
print(code_of(lambda: sys.exit([1, 2])))
print(code_of(lambda: print("no exit here")))

for args in [(), (0,), (2,), ("text",), (1, 2), ("a", "b", "c")]:
    e = SystemExit(*args)
    print(repr(e), repr(e.code))

e = SystemExit(4)
e.code = 9
print(e.code, e.args)

# except Exception does not catch SystemExit
def guarded():
    try:
        sys.exit(7)
    except Exception:
        return "caught by Exception (wrong)"

try:
    guarded()
except SystemExit as e:
    print("escaped except Exception:", e.code)

# finally blocks run while SystemExit propagates
def with_finally():
    try:
        raise SystemExit("bye")
    finally:
        print("finally ran")

try:
    with_finally()
except BaseException as e:
    print(type(e).__name__, e.code)

# bare except catches it
try:
    sys.exit(1)
except:
    print("bare except caught SystemExit")

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    raise SystemExit
except SystemExit as e:
    print("raised class:", repr(e), e.code)
