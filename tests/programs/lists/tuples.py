# tuples: literals, indexing, unpacking, iteration, ops
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1])
print((), len(()), (1,), len((1,)), (1), ("a",))
e = ()
s = (5,)
print(e, s, s + s, s * 3, 3 * s, e * 4, s * 0)
print(t + (4, 5), t + ())
a, b, c = t
print(a, b, c)
for v in t:
    print("item", v)
print(2 in t, 9 in t, 9 not in t)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5))
print((1, 2) != (1, 2.0), () < (0,), ("a", 1) < ("a", 2), (1, "z") < (2, "a"))
print(min((4, 2, 8)), max((4, 2, 8)))
nested = ((1, 2), [3, 4], "56")
print(nested, nested[1][0], nested[2][1])
nested[1].append(5)
print(nested)
u = 1, 2
print(u)
v = 7,
print(v)
print(((1, "a"), (1,)) < ((1, "b"),), (1, (2, 3)) == (1, (2, 3)))
