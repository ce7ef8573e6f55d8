print("start")
a = [3, 1, 2]
def key(x):
    print(len(a))
    return -x
print(sorted(a, key=key), a.sort(key=key), a)
