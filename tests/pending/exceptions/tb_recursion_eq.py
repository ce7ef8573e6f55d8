# Recursion through __eq__ called by ==: the builtin comparison counts towards the recursion depth.
import sys
sys.setrecursionlimit(60)

class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self == other

try:
    Box(1) == Box(2)
except RecursionError as e:
    print("caught:", e)
print(Box(1) == Box(2))
