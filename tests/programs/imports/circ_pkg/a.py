import sys
print("circ_pkg.a: start")
A_EARLY = "a early"
from circ_pkg import b
print("circ_pkg.a: b finished, b.B_DONE =", b.B_DONE)
A_LATE = "a late"


def a_func():
    return "a_func sees b.B_DONE = " + str(b.B_DONE) + ", b.b_func() = " + b.b_func()


print("circ_pkg.a: end")
