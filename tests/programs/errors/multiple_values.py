# TypeError: argument given both positionally and by keyword
def f(a, b):
    return a - b

print(f(5, b=1))
print(f(b=1, a=5))
print(f(5, a=1))
