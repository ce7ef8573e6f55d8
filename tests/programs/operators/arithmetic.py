# binary and unary arithmetic operators
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(b - a, -a // b, -a % b, a // -b, a % -b)
print(-a, +a, ~a, -(-a), ~~a, +-a, -+a)
print(not a, not 0, not not a, not "", not [])
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 ** 2 ** 3)
print(7 // 2 * 2 + 7 % 2, 1 + 2 * 3 - 4 / 2)
print(1 << 2 + 1, (1 << 2) + 1, 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(5 - -3, 5 + -3, 5 * -1, -5 * -5)
print(3 * 1.5, 3 - 1.5, 3 / 1.5, 3 // 1.5, 3 % 1.5, 3 ** 1.5)
print(not 1 == 2, not (1 == 2), -3 < -2, ~0 == -1)
print(1 + True, 2 * False, 3 - True, True + True + True)
x = 10
y = 3
print(x / y, x // y, x % y, x - y if x > y else y - x)
