# TypeError: int + str
def combine(a, b):
    print("combining", repr(a), repr(b))
    return a + b

def build(parts):
    acc = parts[0]
    for p in [parts[1], parts[2]]:
        acc = combine(acc, p)
    return acc

print(build(["a", "b", "c"]))
print(build([1, 2, 3]))
print(build([1, "a", 3]))
print("not reached")
