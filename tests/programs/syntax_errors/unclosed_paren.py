def f(a, b):
    return a + b

print("start")
total = f(1, (2 + 3)
print(total)
x = 1
