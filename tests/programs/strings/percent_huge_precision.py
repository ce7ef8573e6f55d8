# Precisions and widths past what Rust's formatter takes: CPython's exact digits, then zeros
def part(s, start, stop):
    out = ''
    i = start
    while i < stop:
        out += s[i]
        i += 1
    return out

def head(s, n):
    return part(s, 0, n)

def tail(s, n):
    return part(s, len(s) - n, len(s))

s = '%.70000f' % 1.0
print(len(s), head(s, 12), tail(s, 5))
s = '%.70000f' % 0.1
print(len(s), head(s, 60))
print(tail(s, 3), s.count('0'))
s = '%.1100f' % 5e-324
print(len(s), part(s, 1070, 1080), tail(s, 30))
s = '%.*f' % (66000, 2.5)
print(len(s), head(s, 5))
s = '%.70000e' % 1e300
print(len(s), head(s, 45), tail(s, 8))
s = '%.70000E' % 1.5e-310
print(len(s), head(s, 45), tail(s, 8))
print('%.70000g' % 0.1)
print('%.70000g' % 1e300)
print('%.70000G' % 1e-300)
s = '%#.70000g' % 0.1
print(len(s), tail(s, 4))
s = '%.70000d' % -5
print(len(s), head(s, 3), tail(s, 2))
s = '%.70000x' % 255
print(len(s), tail(s, 3))
s = '%70000.3f' % 2.0
print(len(s), repr(tail(s, 8)))
s = '%-*d|' % (70000, 7)
print(len(s), repr(head(s, 3)), repr(tail(s, 3)))
print(repr('%*d' % (-5, 1)), repr('%.*f' % (-5, 1.0)), repr('%-*d' % (-3, 2)))
print('%#.0f %#.0e %#.3g %#g %.0e %.0f' % (2.5, 2.5, 100.0, 1.0, 2.5, 0.5))
print('%a %a %r' % ('é', 'x\u20acy', 'é'))
print('%.300e' % 1.0 == '1.' + '0' * 300 + 'e+00')
print('%.800g' % (2.0 ** -1074))
