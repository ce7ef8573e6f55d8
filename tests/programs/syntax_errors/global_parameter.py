def scale(factor):
    global factor
    return factor * 2
