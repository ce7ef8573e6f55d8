# ValueError: fewer values than targets
def split3(s):
    a, b, c = s.split(",")
    return c, b, a

print(split3("x,y,z"))
print(split3("1,2"))
