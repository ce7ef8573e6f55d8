# KeyError from pop on an empty set
def drain(s):
    n = 0
    while True:
        s.pop()
        n += 1
        print("popped", n)

drain({1, 2})
