d = dict.fromkeys(range(3))
for k in d:
    print(k)
    d[k + 10] = None
