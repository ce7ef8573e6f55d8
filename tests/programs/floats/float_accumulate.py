# loops that build floats, printing many intermediate values
x = 1.0
i = 0
while i < 12:
    x = x / 3
    print(i, x)
    i = i + 1
y = 1.0
for k in range(12):
    y = y * 7.3
    print(k, y)
h = 0.0
for n in range(1, 11):
    h = h + 1 / n
    print(n, h)
v = 100.0
while v > 1e-3:
    v = v / 10
    print(v)
t = 0.0
for n in range(5):
    t = t - 0.25
    print(t, t * t, t ** 3)
