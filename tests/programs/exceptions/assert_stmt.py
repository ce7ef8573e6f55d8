# assert with and without a message; AssertionError's args; the message is evaluated lazily.
def check(cond, label):
    try:
        assert cond
        print(label, "passed")
    except AssertionError as e:
        print(label, "failed", repr(e), e.args, "[" + str(e) + "]")

check(True, "true")
check(1, "one")
check([0], "nonempty list")
check(False, "false")
check(0, "zero")
check("", "empty string")
check(None, "none")

def check_msg(cond, msg):
    try:
        assert cond, msg
        print("passed")
    except AssertionError as e:
        print("failed", repr(e), e.args)

check_msg(True, "unused")
check_msg(False, "message")
check_msg(False, 42)
check_msg(False, ("a", "b"))
check_msg(False, None)
check_msg(False, ValueError("inner"))

calls = []
def message():
    calls.append("called")
    return "built lazily"

try:
    assert 1 + 1 == 2, message()
    print("no message built:", calls)
    assert 1 + 1 == 3, message()
except AssertionError as e:
    print("message built:", calls, str(e))

def positive(n):
    assert n > 0, "n must be positive, got %d" % n
    return n * 2

for n in [3, 0, -2]:
    try:
        print(positive(n))
    except AssertionError as e:
        print("error:", e)

print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)

try:
    assert False
except Exception as e:
    print("caught as Exception:", type(e).__name__, e.__context__)

class Weird:
    def __bool__(self):
        return False

try:
    assert Weird(), "uses __bool__"
except AssertionError as e:
    print(e)

class Explodes:
    def __bool__(self):
        raise ValueError("bool failed")

try:
    assert Explodes(), "not reached"
except AssertionError:
    print("wrong")
except ValueError as e:
    print("condition raised:", repr(e))
