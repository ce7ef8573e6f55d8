# Exceptions through every engine's unsafe paths: handlers entered with the stack cut to the
# handler's depth (inside loops, calls and superinstructions), lasti pushed, re-raise, with
# blocks (__exit__ read from three items down), finally with return, re-entry from Rust.


class Boom(Exception):
    def __init__(self, code):
        super().__init__("boom %d" % code)
        self.code = code


def deep(n):
    if n == 0:
        raise Boom(7)
    return deep(n - 1) + 1


def caught_in_loop(n):
    total = 0
    for i in range(n):
        try:
            total = total + (10 // (i % 3)) + i * 2
        except ZeroDivisionError:
            total = total - 1
    return total


def nested(x):
    try:
        try:
            return [1, 2][x]
        except IndexError as e:
            raise KeyError(x) from e
        finally:
            x = x + 100
    except KeyError as k:
        return "key %s %s" % (k.args[0], type(k.__cause__).__name__)


def finally_return():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        finally:
            if i == 1:
                return "swallowed at %d" % i
    return "never"


class Manager:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, kind, value, tb):
        self.log.append("exit %s" % (kind.__name__ if kind else None))
        return kind is TypeError


class Sneaky:
    def __eq__(self, other):
        raise Boom(3)


log = []
try:
    deep(20)
except Boom as b:
    print(b.code, b.args, b.__traceback__.tb_lineno)
print(caught_in_loop(30))
print(nested(0), nested(5))
print(finally_return())
with Manager(log) as m:
    m.log.append("body")
with Manager(log):
    None + 1
print(log)
try:
    [1, 2, Sneaky()].index(0)
except Boom as b:
    print("re-entry", b)
try:
    try:
        {}[1]
    except KeyError:
        raise
except LookupError as e:
    print("reraised", repr(e))
deep(3)
