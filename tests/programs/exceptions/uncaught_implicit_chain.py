# Uncaught exception raised while handling another: "During handling of the above exception".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"] + 1

print(lookup({"a": 1, "default": 0}, "b"))
print(lookup({"a": 1}, "b"))
