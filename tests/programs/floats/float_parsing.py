# Checks float() parsing of strings and ints (overflow, underscores, inf/nan spellings)
# and int() conversion of floats, with exact error messages.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ": " + str(e))

print("-- float(str)")
for s in ['1e500', '-1e-500', '  1_000.5  ', '1__0', 'nan', '-nan', 'NaN', '-inf',
          '+inf', 'infinity', 'INFINITY', '-Infinity', 'infinit', 'inf ', '0x10',
          '.5', '5.', '1e', '1e+', 'e5', '.', '', '   ', '1_000', '_1', '1_',
          '1._5', '1_.5', '1e1_0', '1.5e-3', '-0', '-0.0', '+0.0', '1E5', '3.14abc',
          '\t2.5\n', '1e308', '1.7976931348623159e308', '2e-324', '3e-324',
          '0.1', '100000000000000000000000', '1e16', '1e-7', '123456789012345678',
          '0.000001', '1e-5']:
    show("float(%r)" % (s,), lambda s=s: float(s))

print("-- float(int)")
show("float(10**400)", lambda: float(10 ** 400))
show("float(-(10**400))", lambda: float(-(10 ** 400)))
show("float(2**53 + 1)", lambda: float(2 ** 53 + 1))
show("float(2**1024 - 2**970)", lambda: float(2 ** 1024 - 2 ** 970))
show("float(2**1024 - 2**971)", lambda: float(2 ** 1024 - 2 ** 971))
show("float(True)", lambda: float(True))
show("float()", lambda: float())
show("float(None)", lambda: float(None))
show("float([])", lambda: float([]))

print("-- int(float)")
show("int(1e20)", lambda: int(1e20))
show("int(-2.9)", lambda: int(-2.9))
show("int(2.9)", lambda: int(2.9))
show("int(-0.0)", lambda: int(-0.0))
show("int(1e300) bit_length", lambda: int(1e300).bit_length())
show("int(float('inf'))", lambda: int(float('inf')))
show("int(float('-inf'))", lambda: int(float('-inf')))
show("int(float('nan'))", lambda: int(float('nan')))
show("int('1.0')", lambda: int('1.0'))
show("int('1e5')", lambda: int('1e5'))

print("-- float ops")
show("1e308 * 10", lambda: 1e308 * 10)
show("1.0 / 0", lambda: 1.0 / 0)
show("1.0 // 0.0", lambda: 1.0 // 0.0)
show("1.0 % 0.0", lambda: 1.0 % 0.0)
try:  # message text is libc strerror, so only check type and errno
    2.0 ** 10000
except OverflowError as e:
    print("2.0 ** 10000", type(e).__name__, repr(e.args[0]))
show("0.0 ** -1", lambda: 0.0 ** -1)
show("10**400 / 1", lambda: 10 ** 400 / 1)
show("10**400 / 10**399", lambda: 10 ** 400 / 10 ** 399)
show("1 / 10**400", lambda: 1 / 10 ** 400)
show("10**400 * 1.0", lambda: 10 ** 400 * 1.0)
show("-7.5 % 2", lambda: -7.5 % 2)
show("divmod(-7.5, 2)", lambda: divmod(-7.5, 2))
show("-0.0 % 5", lambda: -0.0 % 5)
