# TypeError: too many positional arguments
def f(a, b):
    return a + b

def wrapper(x):
    print("wrapper", x)
    return f(x, x, x)

print(f(1, 2))
print(wrapper(5))
print("not reached")
