# TypeError: bad operand type for unary -
def neg(v):
    print("negating", repr(v))
    return -v

def neg_all(values):
    out = []
    for v in values:
        out.append(neg(v))
        print(out)
    return out

neg_all([1, 2.5, True, "x", 3])
