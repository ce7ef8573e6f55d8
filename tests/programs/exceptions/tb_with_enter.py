# Uncaught exception from the second item's __enter__ in a two-item with: the first __exit__ runs.
class Res:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        if self.n == 2:
            raise RuntimeError("cannot enter " + str(self.n))
        return self
    def __exit__(self, *a):
        print("exit", self.n, a[0])
        return False

def f():
    with Res(1) as a, Res(2) as b:
        print("body")

f()
