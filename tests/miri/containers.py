# Dicts, sets and slices through the new stack shapes: MAP_ADD (dict comprehensions),
# DICT_MERGE (f(**kw)), SET_ADD/SET_UPDATE, BUILD_MAP/BUILD_SET/BUILD_SLICE, DELETE_SUBSCR.
def show(*args, **kwargs):
    return len(args), sorted(kwargs.items())

squares = {n: n * n for n in range(6)}
odd = {n % 4 for n in range(10)}
merged = {**squares, "x": 1}
print(squares, odd, len(merged))
print(show(1, 2, **{"a": 1}, b=2))
print({5, 3, 1000, 7}, {*odd, 9})
xs = list(range(10))
del xs[2:5]
xs[::2] = [0] * len(xs[::2])
del squares[0]
print(xs, xs[-3:], "spindle"[1:4], squares)
