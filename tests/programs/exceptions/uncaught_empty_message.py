# Raising a class with no arguments prints just the class name.
def validate(n):
    if n < 0:
        raise ValueError
    return n

print(validate(5))
print(validate(-1))
