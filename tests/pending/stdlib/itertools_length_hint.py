# itertools.repeat's __length_hint__ (Spindle's itertools iterators are generators, without it).
from itertools import repeat
import operator
print(repeat(1, 3).__length_hint__())
print(repeat(1, -3).__length_hint__())
rr = repeat(1, 3)
next(rr)
print(rr.__length_hint__())
print(operator.length_hint(repeat("x", 4)))
