# TypeError: tuples are immutable
t = (1, 2, 3)
l = list(t)
l[0] = 100
print(t, l)
print(t[0:2])
t[0] = 100
print("not reached")
