# Containers that contain themselves print with [...]
a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2][2][0])
b = [a, (a, 3)]
print(b)
c = []
d = [c, c]
print(d)
nested = []
for i in range(50):
    nested = [nested, i]
print(nested[1], len(nested))
