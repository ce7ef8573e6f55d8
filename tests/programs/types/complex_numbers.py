# complex numbers: literals, arithmetic with ints and floats, powers, division, repr of signed
# zeros, hash and equality with reals, the constructor and its string syntax, errors.
a = 1 + 2j
b = 3 - 4j
print(a, b, a + b, a - b, a * b, a / b, a ** 2, b ** -1, a ** 0.5, a ** b)
print(repr(2j), repr(-2j), repr(0j), repr(-0j), complex(-0.0, 1), complex(1, -0.0))
print(abs(b), -a, +a, a.real, a.imag, a.conjugate(), type(a), isinstance(a, complex))
print(1j * 1j, 2 * a, a * 2.5, 1 / a, 10 - a, a == 1 + 2j, a != b, 2 + 0j == 2, hash(2+0j) == hash(2), hash(1.5+0j) == hash(1.5))
print(complex(1, 2), complex("1+2j"), complex(" (3-4.5j) "), complex("2"), complex("-j"), complex("1e3+1e-3j"), complex(2.5), complex(True), complex(1+1j, 1+1j))
print((-8) ** (1/3), (-1) ** 0.5, pow(-2.0, 0.5))
print(bool(0j), bool(1j), [1j, 2] , {1j: 'x'}, str(3+4j), f"{a}", "%s" % a)
for bad in ["1+", "j1", "1+2", "", "(1+2j", "1 + 2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
for expr in ["a < b", "a // 2", "a % 2", "int(a)", "float(a)", "1/0j", "0j ** -1", "complex('1', 2)", "round(a)"]:
    try:
        print(eval(expr))
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(expr, type(e).__name__, e)
print(sum([1j, 2, 3.5]), complex(1e300, 1e300) * 10, (1+1e-20j) ** 100)
print(1e16j, 1.5e-7j, complex(float('inf'), float('nan')), complex(0.1, 0.2) + complex(0.2, 0.1))
x = 0j
x += 1
x *= 1j
print(x)
