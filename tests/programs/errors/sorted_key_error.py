print("start")
def key(x):
    return 10 // x
print(sorted([2, 1, 0], key=key))
