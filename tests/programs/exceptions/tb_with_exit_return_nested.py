# Uncaught exception raised by an outer __exit__ while a return leaves nested with blocks.
class Ctx:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", self.n, a[0])
        if self.n == 1:
            raise KeyError("exit " + str(self.n))

def f():
    with Ctx(1):
        with Ctx(2):
            return "x"

f()
