import math
print(math.log(2 ** 1100, 2))
