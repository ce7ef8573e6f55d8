xs = [1]
[x for x in xs] = [2]
