# assert: messages evaluated only on failure, tuple/list/None messages, raising conditions and messages.
calls = []

def msg(tag):
    calls.append(tag)
    return "message " + tag

assert True, msg("never")
print("calls after passing assert", calls)
try:
    assert 0, msg("one")
except AssertionError as e:
    print("args", e.args, "calls", calls)

try:
    cond = (False, "looks like message")
    assert cond
    print("tuple condition is truthy")
except AssertionError:
    print("never")

try:
    assert (), msg("empty tuple")
except AssertionError as e:
    print("empty tuple fails:", e)

try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("list message", e.args, str(e))

try:
    assert None, None
except AssertionError as e:
    print("None message", e.args, repr(str(e)))

try:
    assert 0, (1, 2)
except AssertionError as e:
    print("tuple message", e.args, str(e))

try:
    assert False, ValueError("exc as msg")
except AssertionError as e:
    print("exc message", e.args, repr(e))

class Cond:
    def __bool__(self):
        calls.append("bool")
        return False

try:
    assert Cond(), msg("after bool")
except AssertionError as e:
    print(e, calls)

def raising_msg():
    raise KeyError("message failed")

try:
    assert False, raising_msg()
except KeyError as e:
    print("message raised KeyError", e, repr(e.__context__))
except AssertionError:
    print("never")

try:
    assert undefined_name, "never"
except NameError as e:
    print("NameError:", e)

def check(x):
    assert x > 0, "x must be positive, got " + str(x)
    return x

total = 0
for v in [3, 2, -1, 5]:
    try:
        total += check(v)
    except AssertionError as e:
        print("skipped:", e)
print("total", total)
AssertionError_ = AssertionError
print(issubclass(AssertionError, Exception), AssertionError("a") .args)
