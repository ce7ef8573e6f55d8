print("start")
def inv(x):
    return 1 / x
for y in map(inv, [1, 2, 0, 4]):
    print(y)
