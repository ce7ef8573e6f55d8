# IndexError: list index out of range
def get(lst, i):
    print("get index", i, "of", len(lst))
    return lst[i]

def walk(lst):
    i = 0
    while True:
        print("value", get(lst, i))
        i = i + 1

print(get([1, 2, 3], -3))
walk([10, 20, 30])
