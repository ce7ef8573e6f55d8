# TypeError: missing required positional argument
def f(a, b):
    return a * b

def caller(n):
    print("calling f with", n, "args")
    if n == 2:
        return f(3, 4)
    return f(3)

print(caller(2))
print(caller(1))
print("not reached")
