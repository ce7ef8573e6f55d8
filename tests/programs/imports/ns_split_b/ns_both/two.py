print("ns_both.two: executing (from ns_split_b)")
from . import one
TWO = one.ONE + 1
