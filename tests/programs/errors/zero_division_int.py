# int true division by zero inside a call chain
def ratio(a, b):
    print("ratio", a, b)
    return a / b

def average(values, count):
    total = 0
    for v in values:
        total = total + v
    print("total", total)
    return ratio(total, count)

def report(values):
    print("report for", values)
    return average(values, len(values))

print(report([1, 2, 3]))
print(report([]))
print("not reached")
