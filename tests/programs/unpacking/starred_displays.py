# Starred expressions inside list, tuple, set and dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b], [*a, 0, *b, 5], [*"hi", *range(3)], [*[]])
print((*a, 1), (*a, *b), (*a,), (0, *b, *b))
print({*a, *b}, {*a, *a}, {*range(3), 10}, {*()})
print({**{"x": 1}, "y": 2}, [*{"k": 1, "j": 2}], (*{5, 6},))
print(len([*range(100), *range(50)]), [*a] is a, [*a] == a)
t = *a, *b
print(t)
u = *"abc",
print(u)
nested = [[*a, *b], (*b, *a)]
print(nested)
def make(*args):
    return [*args, *args]
print(make(1, 2), make())
print(*[1, 2], *(3,), sep="|")
print(*"spindle")
print(sorted([*{3, 1}, *{2}]))
print(max(*a, *b), min(*[9, 4], 7))
gen_list = [*map(lambda v: v * 2, a), *filter(None, [0, 1, 0, 2])]
print(gen_list)
print([*zip("ab", [1, 2])], [*enumerate("xy", 1)])
print([*reversed(a)], (*sorted("cab"),))
print([*{"a": 1, "b": 2}.values()], [*{"a": 1, "b": 2}.items()])
