import math
print(math.log(-10 ** 400))
