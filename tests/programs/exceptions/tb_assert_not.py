# Uncaught assert on a 'not' test: CPython prints no carets.
def check(flags):
    for f in flags:
        assert not f, "flag set: " + str(f)
    return "clear"

print(check([0, "", None]))
print(check([0, 2]))
