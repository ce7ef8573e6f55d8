# integer floor division by zero
def halves(n, d):
    print("halves", n, d)
    return n // d

def run(items):
    for d in items:
        print("result", halves(100, d))

run([7, -3, 1])
run([5, 0, 2])
print("not reached")
