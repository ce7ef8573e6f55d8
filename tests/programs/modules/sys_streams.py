# sys.stdout / sys.stderr objects and print(file=...): write returns the characters written,
# flush, the attributes scripts read, any object with write() as a target, and the errors.
import sys

n = sys.stdout.write("written directly\n")
print("count", n, sys.stdout.write(""), sys.stdout.write("héllo\n"))
sys.stdout.flush()
print("to stdout explicitly", file=sys.stdout)
print("to stderr", 1, 2, sep="-", file=sys.stderr)
sys.stderr.write("stderr write\n")
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stderr.errors)
print(repr(sys.stdout), type(sys.stdout).__name__, sys.stdout is sys.__stdout__)
print(sys.platform, sys.byteorder)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("a", 1, [2], sep=", ", end="!\n", file=c)
print(file=c)
print("x", file=c, flush=True)
print(c.parts)
print("after", file=None)
for bad in (5, "text"):
    try:
        print("x", file=bad)
    except AttributeError as err:
        print("AttributeError:", err)
try:
    sys.stdout.write(5)
except TypeError as err:
    print("TypeError:", err)

# Ends with status 1, so the test harness compares stderr too.
sys.exit(1)
