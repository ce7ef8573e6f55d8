# logarithms of ints too large for a float: scaled as x * 2**e, never an OverflowError
import math
print(math.log(10**1000), math.log2(10**1000), math.log10(10**1000))
print(math.log(2**1024), math.log2(2**1024), math.log2(2**1024 - 1), math.log10(10**309))
print(math.log(10**1000, 10), math.log(10**1000, 2**2000), math.log(1, 10**1000))
print(math.log(3**5000), math.log(7**4000 + 1), math.log10(10**5000 - 1), math.log2(2**5000 + 2**4900))
print(math.log(True), math.log(2**53 + 1), math.log10(1000), math.log2(1024.0))
print(math.log(-(10**1000)))
