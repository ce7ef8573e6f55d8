import math
print(math.log(10 ** 1000))
