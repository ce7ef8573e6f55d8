# TypeError: the same keyword from ** and from an explicit keyword
def f(a=0, b=0):
    return a + b

print(f(**{"b": 1}, a=2))
print(f(**{"a": 1}, a=2))
