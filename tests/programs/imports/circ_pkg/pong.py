print("circ_pkg.pong: start")
from . import ping


def pong(n):
    if n == 0:
        return "pong done"
    return ping.ping(n - 1)


print("circ_pkg.pong: end")
