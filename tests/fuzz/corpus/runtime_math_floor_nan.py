import math
print(math.floor(float('nan')))
