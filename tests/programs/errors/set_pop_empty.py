s = set([10])
print(s.pop())
print(s.pop())
