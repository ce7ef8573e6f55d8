# raise SystemExit(0) ends the program successfully; pending finally and __exit__ still run.
import sys

class Closing:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, t, v, tb):
        print("close", t.__name__, repr(v.code))
        return False

def work():
    with Closing():
        try:
            print("working")
            raise SystemExit(0)
        finally:
            print("cleanup")

work()
print("never printed")
