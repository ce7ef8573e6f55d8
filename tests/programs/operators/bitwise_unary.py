# bitwise and unary operators, printed in a table
for a in range(-3, 4):
    print(a, -a, +a, ~a, not a, a << 2, a >> 1, a & 3, a | 4, a ^ 5)
print(True & False, True | False, True ^ True, ~False)
print(6 & 3, 6 | 3, 6 ^ 3, ~6)
print(1 << 40 >> 39, -1 >> 63, -(1 << 64) >> 64)
print(1 & 1 << 1, (1 & 1) << 1)
m = 1
k = 0
while k < 8:
    print(k, m, m & 85, m | 85, m ^ 85)
    m = m << 1
    k = k + 1
