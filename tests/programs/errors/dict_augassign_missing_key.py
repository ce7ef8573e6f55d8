# KeyError from d[k] += 1 on a missing key
counts = {"x": 0}
for ch in "xxx":
    counts[ch] += 1
print(counts)
for ch in "xy":
    counts[ch] += 1
print("not reached")
