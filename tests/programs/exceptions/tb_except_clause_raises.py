# Uncaught NameError raised by evaluating an except clause's expression, chained to the original.
def classify(x):
    try:
        return 10 // x
    except (ZeroDivisionError,
            MissingError):
        return "zero"

print(classify(5))
print(classify(0))
