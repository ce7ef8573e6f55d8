# Uncaught exception raised by __exit__ on a normal (no exception) exit.
class Guard:
    def __init__(self, limit):
        self.limit = limit
        self.count = 0
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if self.count > self.limit:
            raise OverflowError("count " + str(self.count) + " over " + str(self.limit))
        return False

def run(n, limit):
    with Guard(limit) as g:
        for i in range(n):
            g.count += 1
    print("ran", n)

run(2, 5)
run(7,
    5)
