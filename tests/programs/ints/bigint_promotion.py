# i64 fast path overflowing into big ints and coming back down
big = 2 ** 200
print(big)
print(2 ** 62, 2 ** 63, 2 ** 64)
print(-(2 ** 63), -(2 ** 63) - 1)
x = 9223372036854775807
print(x)
print(x + 1)
print(x + 1 - 1)
print(x * 2)
print(x * 2 // 2)
y = -9223372036854775808
print(y)
print(y - 1)
print(y - 1 + 1)
print(y * -1)
print(-y)
print(abs(y))
print(y // -1)
print((1 << 100) >> 98)
print(1 << 63)
print(1 << 64)
print((1 << 64) - (1 << 64))
print(big - big)
print(big // big)
print(big // (2 ** 150))
print(3037000500 * 3037000500)
print(3037000499 * 3037000499)
print(-3037000500 * 3037000500)
print(4611686018427387904 + 4611686018427387904)
print(4611686018427387904 + 4611686018427387903)
print(-4611686018427387904 - 4611686018427387905)
s = 0
i = 0
while i < 10:
    s = s + 4000000000000000000
    print(i, s)
    i = i + 1
while s > 0:
    s = s - 9000000000000000000
print(s)
print(10 ** 30 // 10 ** 28)
print(10 ** 30 % 7)
print(big == 2 ** 200, big != 2 ** 200 + 1)
