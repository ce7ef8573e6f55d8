print("never printed")
x = 1
nonlocal x
print(x)
