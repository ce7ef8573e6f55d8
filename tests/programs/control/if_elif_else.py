# if / elif / else chains and truthiness of conditions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for v in [-5, 0, 3, 9, 10, 99, 100, 2 ** 70]:
    print(v, classify(v))

for v in [0, 1, "", "a", [], [0], (), None, 0.0, -0.0, 0.1]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 7
if x > 5:
    if x > 6:
        print("x > 6")
    else:
        print("5 < x <= 6")
if x == 1:
    print("one")
elif x == 7:
    print("seven")
if not x:
    print("never")
else:
    pass
print("done")
if x: print("one-line if")
