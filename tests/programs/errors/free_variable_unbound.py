# NameError: inner function reads an enclosing variable not yet assigned
def outer(flag):
    def inner():
        return x * 2
    if flag:
        x = 21
    print("calling inner, flag =", flag)
    return inner()

print(outer(True))
print(outer(False))
