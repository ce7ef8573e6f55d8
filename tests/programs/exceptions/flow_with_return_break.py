# return/break/continue out of nested with blocks, with inner suppression.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

def ret():
    with CM("a") as a:
        with CM("b") as b:
            return a + b

print(ret())

def brk():
    for i in range(3):
        with CM("loop" + str(i)):
            if i == 1:
                break
            with CM("in"):
                continue
    return i

print(brk())

def suppressed_return():
    with CM("outer"):
        with CM("inner", True):
            raise ValueError("x")
        print("after inner")
        return "r"

print(suppressed_return())

def exit_return_in_finally():
    try:
        with CM("x", True):
            raise KeyError("gone")
    finally:
        print("finally")
    return "ok"

print(exit_return_in_finally())
