l = [1]
l += "ab"
l += (3,)
l += {4: 0}
l += range(2)
print(l)
l += l
print(l)
try:
    l += 5
except TypeError as e:
    print(e)
x = [1]
x.extend(x)
print(x)
