# ValueError: invalid literal for int()
def parse_all(texts):
    total = 0
    for t in texts:
        v = parse(t)
        total = total + v
        print(repr(t), "->", v, "total", total)
    return total

def parse(t):
    return int(t)

parse_all(["1", " 22 ", "-3", "x"])
