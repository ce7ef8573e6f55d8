# IndexError: pop from empty list
def drain(stack):
    while True:
        v = stack.pop()
        print("popped", v)

def process():
    s = [1, 2, 3]
    print("start", s)
    drain(s)

process()
