# TypeError: unexpected keyword argument
def f(a, b=2):
    return a * b

print(f(3, b=4))
print(f(a=3))
print(f(3, c=4))
