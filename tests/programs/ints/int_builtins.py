# abs, min, max, bool arithmetic, negative exponent
print(abs(5), abs(-5), abs(0), abs(-(2 ** 80)))
print(min(3, 1, 2), max(3, 1, 2))
print(min(-5, 5), max(-5, 5))
print(min([4, 8, -2, 9]), max([4, 8, -2, 9]))
print(max(2 ** 64, 2 ** 63), min(-(2 ** 64), -(2 ** 63)))
print(True + True, True + False, True * 10, -True, ~True)
print(True - 5, False * 3, True / 2, True // 1, True % 2)
print(True + 2 ** 64)
print(True == 1, False == 0, True < 2, True > False)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1)
print(2 ** 0, 0 ** 0, (-3) ** 3, (-3) ** 2, -3 ** 2)
print(2 ** 10, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 ** 1000, (-1) ** 1001, (-1) ** 1000)
p = 1
n = 0
while n < 8:
    p = p * 13
    n = n + 1
    print(n, p, p % 1000)
print(abs(-3) + abs(3), max(1, 2, 3) - min(1, 2, 3))
print(-0, +7, - -7, -(-(-7)))
