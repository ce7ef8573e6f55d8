# RuntimeError when a dict grows while it is being iterated
d = {1: "a", 2: "b", 3: "c"}
for k in d:
    d[k] = d[k] * 2
print(d)
for k in d:
    print("visiting", k)
    if k == 2:
        d[k * 10] = "new"
print("not reached")
