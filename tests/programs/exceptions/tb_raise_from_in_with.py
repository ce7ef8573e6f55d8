# raise ... from inside a with block inside an except handler, uncaught.
class Ctx:
    def __enter__(self):
        return "ctx"
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__, ev)
        return False

def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        with Ctx() as c:
            raise LookupError("no " + k + " in " + c) from e

print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "b"))
