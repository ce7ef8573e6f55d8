# Uncaught exception raised by __exit__ while an exception propagates out of the with body.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.missing_attr

def work():
    with Res("a") as r:
        print("inside", r.name)
        x = 1 / 0

work()
