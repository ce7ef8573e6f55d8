# TypeError: **-argument must be a mapping
def f(**kw):
    return kw

print(f(**{"a": 1}))
print(f(**1))
