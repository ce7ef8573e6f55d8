# TypeError: ** in a dict display needs a mapping
a = {"x": 1}
print({**a, "y": 2})
n = 1
print("merging", n)
print({**a, **n})
