# KeyError from set.remove of a missing element
s = {10, 20, 30}
s.remove(20)
print(s)
s.discard(20)
print(s, len(s))
s.remove(20)
print("not reached")
