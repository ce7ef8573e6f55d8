# IndexError from del on a list index past the end
a = [1, 2, 3]
del a[-1]
print(a)
del a[5:]
print(a)
del a[2]
print("not reached")
