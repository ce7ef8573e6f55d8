# ValueError: could not convert string to float
def to_float(s):
    print("converting", repr(s))
    return float(s)

def mean(texts):
    total = 0.0
    for t in texts:
        total = total + to_float(t)
    return total / len(texts)

print(mean(["1.5", "2.5"]))
print(mean(["1e3", "abc"]))
