def label(n):
    return "n = " + n   

print(label("1"))
print(label(2))
