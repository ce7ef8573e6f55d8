def f(*a, **k):
    return a, k

args = [1]
kw = {"x": 1}
print(f(**kw, *args))
