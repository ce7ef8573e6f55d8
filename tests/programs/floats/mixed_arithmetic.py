# int/float mixing, true division, floor division and modulo of floats
print(7 / 2, 6 / 3, -7 / 2, 1 / 4, 0 / 5)
print(10 / 4, 2 ** 64 / 2, 1 / 2 ** 10)
print(3 + 0.5, 3 - 0.5, 3 * 0.5, 3 / 0.5)
print(0.5 + 3, 0.5 - 3, 0.5 * 3, 0.5 / 3)
print(2 * 1.0, 1.0 + 1, 10 - 10.0)
vals = [7.5, -7.5, 7.0, -7.0, 0.5]
dens = [2.0, -2.0, 2, -2, 0.3]
for a in vals:
    for b in dens:
        print(a, b, a // b, a % b)
print(-1e-20 % 1.0)
print(1e-20 % -1.0)
print(5 // 2.0, 5 % 2.0, -5 // 2.0, -5 % 2.0)
print(5.0 // 0.1, 5.0 % 0.1)
print(2 ** 0.5, 2.0 ** 3, 4.0 ** 0.5, 9 ** 0.5)
print(2.0 ** -1, 10.0 ** -2, (-2.0) ** 3, (-8.0) ** 2)
print(1.5 ** 2, 0.5 ** 10, 10 ** 2.0, 2.0 ** 100)
print(2 ** 62 * 1.0, (2 ** 63 - 1) * 1.0)
print(1e16 + 1, 1e16 + 2)
print(0.1 * 3, 0.1 * 3 == 0.3)
x = 0.0
i = 0
while i < 10:
    x = x + 0.1
    i = i + 1
print(x, x == 1.0)
print(-(1.5), +(-2.5), -(-0.25))
