# Checks format() with the default empty spec equals str() for builtins, and str()/repr() differences.
values = [0, -5, 2**100, 1.5, -0.0, 1e16, 1e-5, True, False, None, "text", "", [1, "a"], (1,), {"k": 2.5},
          3 + 4j, -1j, b"by", range(3), Ellipsis, NotImplemented, int, str, type(None)]
for v in values:
    print(repr(format(v)), format(v) == str(v), repr(str(v)), repr(repr(v)))
print(format(1.5, ""), format(1.5, "g"))
print(format("abc"), format("abc", ""), format(12, ""), format(12.0, ""))
print(str(1.0), str(10.0 ** 16), str(1e-4), str(1e-5), str(0.1 + 0.2))
print(format(2.0 ** 0.5), format(1 / 7))
print(format(1 + 2j, ">12"), format(1.5 + 0j, ".2f"), format(-0.0 + 1j), format(complex(1, -0.0)))
print(format(complex("inf+nanj")), repr(complex(0, 0)), repr(complex(-0.0, -0.0)))
class Sub(float):
    pass
class IntSub(int):
    def __repr__(self):
        return "IntSub-repr"
print(format(Sub(2.5)), str(Sub(2.5)), repr(Sub(2.5)))
print(format(IntSub(3)), str(IntSub(3)), repr(IntSub(3)), "%s" % IntSub(3), f"{IntSub(3)}")
print(str(b"x"), format(b"x"), repr(bytearray(b"y")))
print(type(format(5)).__name__, type(str(5)).__name__)
