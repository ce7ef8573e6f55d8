# Recursion through with statements: the limit is hit calling __enter__, with CPython's C-call message.
import sys
sys.setrecursionlimit(50)

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def nest(n):
    with Ctx():
        nest(n + 1)

print("nesting")
nest(0)
