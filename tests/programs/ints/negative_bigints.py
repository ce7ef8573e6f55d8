# negative big ints: arithmetic, printing, comparisons
a = -(10 ** 20)
b = -(3 ** 45)
print(a, b)
print(a + b, a - b, b - a)
print(a * b, a * -b)
print(a * a * a)
print(a // 7, a % 7)
print(b // 1000, b % 1000)
print(abs(a), -a, -(-a))
print(a < b, a > b, a == -(10 ** 20))
print(a + 10 ** 20, b + 3 ** 45)
print(a + 10 ** 20 + 1)
n = -1
i = 0
while i < 5:
    n = n * 100000000000
    print(n)
    i = i + 1
while i > 0:
    n = n // 100000000000
    i = i - 1
print(n)
print(str(a), repr(b), len(str(a)))
print(-(2 ** 63) == -9223372036854775808)
print(-(2 ** 64) + 2 ** 64 + (2 ** 63 - 1))
