# NameError for an undefined name inside a function
def helper(v):
    print("helper got", v)
    return v + x

def outer():
    print("outer start")
    return helper(1)

y = 10
print("y is", y)
print(outer())
print("not reached")
