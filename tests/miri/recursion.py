# Unbounded recursion ends in RecursionError at the recursion limit (lowered to keep Miri fast);
# unwinding frees every frame.
import sys
sys.setrecursionlimit(120)

def down(n):
    return down(n + 1) + 1

print("start", sys.getrecursionlimit())
down(0)
