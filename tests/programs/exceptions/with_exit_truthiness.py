# Truthiness of __exit__'s return value decides suppression; __bool__/__len__ are consulted.
class CM:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return self.ret

class Falsy:
    def __bool__(self):
        print("  __bool__ called")
        return False

class Truthy:
    def __len__(self):
        print("  __len__ called")
        return 3

for ret in [1, "x", [], "", 0, 0.0, [0], None, True, Falsy(), Truthy(), (), {"k": 1}]:
    try:
        with CM(ret):
            raise ValueError("boom")
        print(type(ret).__name__, "suppressed")
    except ValueError:
        print(type(ret).__name__, "propagated")

class BadBool:
    def __bool__(self):
        raise KeyError("bool failed")

try:
    with CM(BadBool()):
        raise ValueError("original")
except KeyError as e:
    print("KeyError from __bool__", e, "context", repr(e.__context__))
except ValueError as e:
    print("ValueError leaked", e)

class NoBool:
    def __bool__(self):
        return 2

try:
    with CM(NoBool()):
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "| context", repr(e.__context__))
