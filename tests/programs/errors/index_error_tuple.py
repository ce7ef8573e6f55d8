# IndexError: tuple index out of range
def second(t):
    print("second of", t)
    return t[1]

def seconds(ts):
    for t in ts:
        print(second(t))

seconds([(1, 2), ("a", "b", "c"), (9,)])
