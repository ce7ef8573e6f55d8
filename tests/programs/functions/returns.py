# return bare, value, tuple; no return gives None
def bare(x):
    if x > 0:
        print("positive, returning early")
        return
    print("non-positive")

def value(x):
    return x * 2

def pair(x):
    return x, x * x

def triple(x):
    return (x, str(x), [x])

def no_return(x):
    y = x + 1

def early(lst):
    for v in lst:
        if v < 0:
            return v
    return None

print(bare(5))
print(bare(-5))
print(value(21), value("ab"), value([0]))
print(pair(7))
a, b = pair(9)
print(a, b)
print(triple(3))
t, s, l = triple(4)
print(t, s, l)
print(no_return(1))
r = no_return(2)
print(r is None)
print(early([3, 4, -1, -2]), early([1, 2]))

def sign(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    return 0

for n in [-3, 0, 8]:
    print(n, sign(n))

def loop_return():
    i = 0
    while True:
        i = i + 1
        if i * i > 50:
            return i
print(loop_return())
