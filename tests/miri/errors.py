# An error raised three calls deep: the traceback names every frame with its caret line.
def divide(a, b):
    return a // b

def scale(values, by):
    out = []
    for v in values:
        out.append(divide(v, by))
    return out

def run(by):
    return scale([10, 20, 30], by)

print(run(5))
print(run(0))
