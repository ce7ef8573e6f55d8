# A three-link chain mixing explicit and implicit chaining.
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise LookupError("no such entry: " + name) from e

def run():
    try:
        load("b")
    except LookupError:
        print("handling lookup failure")
        raise RuntimeError("run failed")

run()
