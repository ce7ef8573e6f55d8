import math
# a few functions of the math module
print(math.pi)
print(math.e)
print(math.sqrt(2))
print(math.sqrt(16), math.sqrt(0.25), math.sqrt(0))
print(math.sqrt(2 ** 100))
print(math.floor(3.7), math.floor(-3.7), math.floor(5), math.floor(-0.5))
print(math.floor(1e20))
print(math.floor(2.0) + 1)
print(math.sin(0), math.cos(0))
print(math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(1.0), math.cos(1.0))
print(math.sin(-0.5), math.cos(2))
print(math.sin(math.pi))
print(math.pi * 2, math.pi / 4)
r = 3.0
print(math.pi * r * r)
print(math.sqrt(3 * 3 + 4 * 4))
x = 1.0
i = 0
while i < 5:
    x = math.sqrt(x + 2)
    print(i, x)
    i = i + 1
print(math.floor(math.sqrt(99)), math.floor(math.pi * 1000))
