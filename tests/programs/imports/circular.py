# Circular imports: partially initialised modules, hasattr false, ImportError for from-import, AttributeError message.
import sys

print("-- import circ_pkg.a (which imports b, which imports a back)")
import circ_pkg.a
print("main: a.A_LATE =", circ_pkg.a.A_LATE)
print("main:", circ_pkg.a.a_func())
print("main:", circ_pkg.b.b_func())
print("main:", circ_pkg.a.b is circ_pkg.b, circ_pkg.b.a is circ_pkg.a)

print("-- mutually recursive functions across modules")
from circ_pkg import ping, pong
print(ping.ping(4), ping.ping(5), pong.pong(3))
print(ping.pong is pong, pong.ping is ping)
print(sorted([k for k in sys.modules if k.startswith('circ_pkg')]))
