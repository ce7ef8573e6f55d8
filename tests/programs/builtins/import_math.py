import math
# math module values used in expressions
print(math.pi, math.e)
print(math.sqrt(81), math.sqrt(2) * math.sqrt(2))
print(math.floor(2.5), math.floor(-2.5), math.floor(7))
print(math.floor(math.pi * 100) / 100)
print(math.sin(0.0), math.cos(0.0), math.sin(math.pi / 6))
print(math.cos(math.pi / 3))
print(math.sqrt(1e300), math.sqrt(1e-300))
area = math.pi * 2.5 ** 2
print(area, math.floor(area))
