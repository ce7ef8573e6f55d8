# Standard modules through the import statement: math, sys, time, random, string, from-imports and from string import *.
import math, sys, time, random, string
from math import sqrt, pi
from string import ascii_lowercase, digits, capwords

print(repr(math))
print(repr(sys))
print(repr(time))
print(math.__name__, sys.__name__, time.__name__, random.__name__, string.__name__)
print(sqrt(2.0), pi, sqrt is math.sqrt, pi == math.pi)
print(sys.modules['math'] is math, sys.modules['string'] is string, sys.modules['random'] is random)
print(sys.argv[0])
print(type(time.time()).__name__, time.time() > 0)

print("-- string")
print(ascii_lowercase, digits)
print(string.ascii_uppercase, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation)
print(capwords("hello   wide world  "), capwords("  leading spaces"))
print(capwords("a-b-c", "-"), capwords("x--y", "-"), capwords("ab cd", sep=" "))
print(string.capwords("ALL CAPS words"), string.capwords("multi_sep_words", "_"))
print(len(string.printable), string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)

print("-- random with a fixed seed")
random.seed(12345)
print(random.randint(1, 100), random.randint(1, 100), random.choice("abcdef"))

print("-- aliases and repeated imports")
import math as m2, string as s2
print(m2 is math, s2 is string, m2.floor(2.5), s2.digits)
from math import *
print(floor(3.7), ceil(3.2), e == math.e, isclose(sqrt(2) ** 2, 2.0))

print("-- from string import *")
main = sys.modules['__main__']
# string.Formatter is not provided yet (README).
names = sorted(n for n in string.__all__ if n != 'Formatter') + ['_string', '_re', '_sentinel_dict']
print(names)
print([n for n in names if hasattr(main, n)])
from string import *
print([n for n in names if hasattr(main, n)])
print(Template('$who likes $what').substitute(who='tim', what='imports'), whitespace == string.whitespace)
