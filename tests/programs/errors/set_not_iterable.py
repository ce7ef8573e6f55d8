# TypeError: set() of an int
print(set([1, 2]), set("ab") == {"a", "b"}, set(range(3)))
print(set(5))
