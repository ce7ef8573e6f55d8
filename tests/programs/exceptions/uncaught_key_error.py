# An uncaught KeyError shows its key quoted with repr.
prices = {"tea": 3, "coffee": 4}

def total(order):
    s = 0
    for item in order:
        s += prices[item]
    return s

print(total(["tea", "coffee"]))
print(total(["tea", "cocoa"]))
