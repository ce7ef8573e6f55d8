# An uncaught exception with a custom __str__ that uses several args.
class Mismatch(ValueError):
    def __init__(self, expected, got):
        super().__init__(expected, got)

    def __str__(self):
        return "expected %r, got %r" % self.args

def compare(a, b):
    if a != b:
        raise Mismatch(a, b)
    print("equal", a)

compare(1, 1)
compare([1, 2], [1, 2])
compare("x", "y")
