# An exception raised in finally while another is propagating: both are shown, chained.
def process(items):
    try:
        for x in items:
            print("processing", x)
            if x == 0:
                raise ZeroDivisionError("item was zero")
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")

process([2, 1, 0, 5])
