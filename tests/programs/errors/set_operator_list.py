s = set([1, 2])
print(s | set([3]))
print(s | [3])
