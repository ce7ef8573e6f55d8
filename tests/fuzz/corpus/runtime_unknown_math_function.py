import math
print(math.nope(1))
