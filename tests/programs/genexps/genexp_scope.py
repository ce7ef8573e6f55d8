# Checks genexp scoping: loop variables don't leak; only the first iterable is evaluated eagerly.
x = "outer x"
g = (x for x in range(3))
print(list(g), x)

# the first iterable is evaluated at creation time in the enclosing scope
def first():
    print("first iterable evaluated")
    return [1, 2]

def second():
    print("second iterable evaluated")
    return [10]

g = (a + b for a in first() for b in second())
print("genexp created")
print(list(g))

# the first iterable's iter() is also called eagerly
class Tracked:
    def __iter__(self):
        print("__iter__ called")
        return iter([7, 8])

g = (v for v in Tracked())
print("created")
print(list(g))

# errors in the first iterable surface immediately
try:
    g = (v for v in 42)
except TypeError as e:
    print("at creation:", e)

try:
    g = (v for v in undefined_name)
except NameError as e:
    print("at creation:", e)

# errors in the second iterable surface only on iteration
g = (v for u in [1] for v in u)
print("created with bad inner iterable")
try:
    next(g)
except TypeError as e:
    print("at next:", e)

# names in the element expression are looked up lazily
n = 1
g = (n * v for v in range(3))
n = 100
print(list(g))

# but the first iterable is bound at creation
data = [1, 2, 3]
g = (v for v in data)
data = ["replaced"]
print(list(g))

# mutating the same list object is visible
data = [1, 2]
g = (v for v in data)
data.append(3)
print(list(g))

def in_function():
    g = (i for i in range(2))
    list(g)
    try:
        return i
    except NameError as e:
        return "NameError: " + str(e)

print(in_function())
