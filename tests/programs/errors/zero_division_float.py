# float division by zero
def scale(x, factor):
    print("scale", x, factor)
    return x / factor

def normalize(x, lo, hi):
    return scale(x - lo, hi - lo)

print(normalize(5.0, 0.0, 10.0))
print(normalize(1.0, 2.5, 2.5))
print("not reached")
