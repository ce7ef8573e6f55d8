# CPython 3.11 refuses int->str conversions past 4300 digits by default
import sys
big = 2 ** 14000
print(len(str(big)))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(2 ** 16000)))
sys.set_int_max_str_digits(4300)
print("converting", 2 ** 20000 > 0)
print(str(2 ** 20000))
