import math
print(math.floor(1e400))
