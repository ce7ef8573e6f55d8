x = [3, 2, 1, 0]
for v in x:
    print(6 // v)
