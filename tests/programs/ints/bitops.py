# bit operations on small, negative and big ints
vals = [0, 1, 5, 12, -1, -6, 255]
for a in vals:
    print(a, ~a, a << 3, a >> 1, a & 10, a | 10, a ^ 10)
print(-1 >> 10, -8 >> 1, -9 >> 1, -1 << 10)
print(5 & -2, 5 | -2, 5 ^ -2)
print(-5 & -3, -5 | -3, -5 ^ -3)
print(1 << 62, 1 << 63, 1 << 64, 1 << 130)
print((1 << 130) >> 129, (1 << 130) >> 200)
print(-(1 << 130) >> 129, -(1 << 130) >> 200)
print(-1 << 100)
big = 2 ** 100 - 1
print(big & 65535, big | 1, big ^ big, big ^ 1)
print(~big, ~-big)
print((2 ** 100) & (2 ** 100 + 5), (2 ** 100) | 3)
print(-(2 ** 100) & 255, -(2 ** 100) | 1)
print((-(2 ** 70)) ^ (2 ** 70), (-(2 ** 70)) & (2 ** 70))
print(9223372036854775807 + 1, 255 & 15, 11 | 4)
print(1 << 0, 5 >> 0, 0 << 100)
x = 0
i = 0
while i < 70:
    x = x | (1 << i)
    i = i + 7
print(x)
print(x >> 63, x >> 64, x & (x - 1))
