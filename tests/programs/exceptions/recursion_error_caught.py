# RecursionError is a RuntimeError and can be caught; the program recovers afterwards.
import sys

sys.setrecursionlimit(200)
depth = [0]

def down(n):
    depth[0] = n
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("caught", type(e).__name__, e.args, depth[0] > 50, depth[0] < 200)

try:
    down(0)
except RuntimeError as e:
    print("as RuntimeError", isinstance(e, RecursionError), str(e))

def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)

print(countdown(50))

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError as e:
    print("mutual", str(e))
print(sys.getrecursionlimit())
