# Unbounded recursion ends in RecursionError after 1000 frames; unwinding frees all of them.
def down(n):
    return down(n + 1) + 1

print("start")
down(0)
