# TypeError: ** with a non-string key
def f(**kw):
    return sorted(kw)

print(f(**{"a": 1, "b": 2}))
print(f(**{1: "one"}))
