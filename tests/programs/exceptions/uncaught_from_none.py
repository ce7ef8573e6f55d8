# raise ... from None: the original exception is not shown.
def to_int(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError("expected digits, got %r" % text) from None

print(to_int("12"))
print(to_int("1x"))
