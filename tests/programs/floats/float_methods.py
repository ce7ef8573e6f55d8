# Checks float methods: is_integer, hex, fromhex, as_integer_ratio,
# conjugate/real/imag, __trunc__, round, and __floor__/__ceil__ presence.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ": " + str(e))

inf = float('inf')
nan = float('nan')

print("-- is_integer")
for v in [0.0, 3.0, -7.0, 1e300, 0.5, -0.0, inf, -inf, nan]:
    show(repr(v), lambda v=v: v.is_integer())

print("-- hex")
vals = [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 1.7976931348623157e308, inf, -inf, nan]
hexes = []
for v in vals:
    h = v.hex()
    hexes.append(h)
    print(repr(v), repr(h))

print("-- fromhex round trip")
for v, h in zip(vals, hexes):
    back = float.fromhex(h)
    same = (back == v or (back != back and v != v))
    print(repr(h), repr(back), same)

print("-- fromhex strings")
for s in ['0x1p-1074', '0x1.8p1', '  0X1.FFFFFFFFFFFFFP+1023  ', 'inf',
          '-Infinity', 'nan', '0x.8p0', '0x1p', '0x1.0p+1024', 'abc', '',
          '1', 'xyz', '0x', '0x1.8p1 x', '-0x0p0', '0x1.fffffffffffff8p1023', '0x1p-1075', '0x1p-1076']:
    show(repr(s), lambda s=s: float.fromhex(s))

print("-- as_integer_ratio")
for v in [0.0, 1.5, 0.1, -0.75, 1e22, 5e-324, -0.0, inf, -inf, nan]:
    show(repr(v), lambda v=v: v.as_integer_ratio())

print("-- conjugate/real/imag")
for v in [2.5, -0.0, inf]:
    print(repr(v), repr(v.conjugate()), repr(v.real), repr(v.imag))
print(repr(type((2.5).imag).__name__))

print("-- trunc/round")
show("(2.5).__trunc__()", lambda: (2.5).__trunc__())
show("(-2.5).__trunc__()", lambda: (-2.5).__trunc__())
show("round(2.5)", lambda: round(2.5))
show("round(3.5)", lambda: round(3.5))
show("round(-0.5)", lambda: round(-0.5))
show("round(-0.5, 0)", lambda: round(-0.5, 0))
show("round(2.675, 2)", lambda: round(2.675, 2))
show("round(1e16, -3)", lambda: round(1e16, -3))
show("round(1234.5678, -2)", lambda: round(1234.5678, -2))
show("round(inf)", lambda: round(inf))
show("round(nan)", lambda: round(nan))
show("round(inf, 2)", lambda: round(inf, 2))
show("type(round(2.5))", lambda: type(round(2.5)).__name__)
show("type(round(2.5, 0))", lambda: type(round(2.5, 0)).__name__)

print("-- floor/ceil")
hf = hasattr(float, '__floor__')
hc = hasattr(float, '__ceil__')
print("hasattr __floor__", repr(hf))
print("hasattr __ceil__", repr(hc))
if hf:
    for v in [2.5, -2.5, -0.0, 1e300]:
        show("floor " + repr(v), lambda v=v: v.__floor__())
    show("floor inf", lambda: inf.__floor__())
if hc:
    for v in [2.5, -2.5, -0.0, 1e300]:
        show("ceil " + repr(v), lambda v=v: v.__ceil__())
    show("ceil nan", lambda: nan.__ceil__())
