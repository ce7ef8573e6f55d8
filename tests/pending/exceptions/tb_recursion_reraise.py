# Catching RecursionError at each level and raising ValueError: constructing it can itself exceed the limit.
import sys
sys.setrecursionlimit(60)

def descend(n):
    try:
        descend(n + 1)
    except RecursionError:
        raise ValueError(n)

try:
    descend(0)
except ValueError as e:
    print("deepest level reported:", e.args[0] > 40)
    print("context:", type(e.__context__).__name__)
descend(0)
