# RecursionError from unbounded recursion
def f(n):
    return f(n + 1)

print("before recursion")
print(f(0))
