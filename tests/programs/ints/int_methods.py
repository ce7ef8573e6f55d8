# Checks int methods/attributes: bit_length, bit_count, as_integer_ratio, numerator etc.,
# round with ndigits, divmod, 3-arg pow, int() parsing and the max str digits limit.
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ": " + str(e))

vals = [0, 1, -1, 255, 256, -256, 2**100, -(2**100)]
print("-- bit_length / bit_count")
for v in vals:
    print(repr(v), repr(v.bit_length()), repr(v.bit_count()))
print("True.bit_length()", repr(True.bit_length()), repr(True.bit_count()))
print("False.bit_length()", repr(False.bit_length()))

print("-- ratio / attrs")
for v in [0, 7, -12, 2**70]:
    print(repr(v), repr(v.as_integer_ratio()), repr(v.conjugate()), repr(v.real),
          repr(v.imag), repr(v.numerator), repr(v.denominator))
print(repr(True.as_integer_ratio()), repr(type(True.real).__name__),
      repr(type(True.numerator).__name__), repr(type(True.as_integer_ratio()[0]).__name__))
print("(5).__index__()", repr((5).__index__()))

print("-- round")
show("round(12345, -2)", lambda: round(12345, -2))
show("round(-12355, -1)", lambda: round(-12355, -1))
show("round(125, -1)", lambda: round(125, -1))
show("round(135, -1)", lambda: round(135, -1))
show("round(15, -1)", lambda: round(15, -1))
show("round(-25, -1)", lambda: round(-25, -1))
show("round(5, -1)", lambda: round(5, -1))
show("round(12345, 2)", lambda: round(12345, 2))
show("round(12345, -10)", lambda: round(12345, -10))
show("round(7)", lambda: round(7))
show("round(True, -1)", lambda: round(True, -1))

print("-- divmod")
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**65, 3), (-(2**65), 7)]:
    show("divmod(%d, %d)" % (a, b), lambda a=a, b=b: divmod(a, b))
show("divmod(1, 0)", lambda: divmod(1, 0))
show("5 // 0", lambda: 5 // 0)
show("5 % 0", lambda: 5 % 0)

print("-- pow")
for args in [(2, 10, 1000), (3, 200, 13), (-2, 3, 5), (2, 3, -5), (5, 0, 1),
             (3, -1, 7), (2, -1, 4), (10, -2, 17), (-3, -1, 7), (3, -1, -7),
             (2, 3, 0), (0, -1, 5)]:
    show("pow%r" % (args,), lambda args=args: pow(*args))
show("pow(2, -2)", lambda: pow(2, -2))
show("pow(0, -1)", lambda: pow(0, -1))
show("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5))

print("-- int() parsing")
for args in [('0x1f', 16), ('0b101', 0), ('1_000',), (' 42 ',), ('0o17', 0),
             ('-0x_ff', 16), ('z', 36), ('010', 0), ('010',), ('00', 0), ('+7',),
             ('abc',), ('12a',), ('',), ('1__0',), ('_1',), ('1_',), ('0x1f',),
             ('0b102', 0), ('5', 1), ('5', 37), ('1.5',), ('  ',)]:
    show("int%r" % (args,), lambda args=args: int(*args))
show("int(3.99)", lambda: int(3.99))
show("int(None)", lambda: int(None))
show("int(5, 10)", lambda: int(5, 10))

print("-- max str digits")
print("get", repr(sys.get_int_max_str_digits()))
s = '9' * 5000
try:
    int(s)
    print("no error")
except ValueError as e:
    print(type(e).__name__ + ": " + str(e)[:60])
try:
    str(10 ** 5000)
    print("no error")
except ValueError as e:
    print(type(e).__name__ + ": " + str(e))
show("int('1'*4300) digits", lambda: len(str(int('1' * 4300))))
show("set(100)", lambda: sys.set_int_max_str_digits(100))
show("set(640)", lambda: sys.set_int_max_str_digits(640))
print("get", repr(sys.get_int_max_str_digits()))
sys.set_int_max_str_digits(0)
print("get", repr(sys.get_int_max_str_digits()))
print("len", repr(len(str(int(s)))))
sys.set_int_max_str_digits(4300)
print("get", repr(sys.get_int_max_str_digits()))
show("int(hex 5000 digits) bit_length", lambda: int('f' * 5000, 16).bit_length())
