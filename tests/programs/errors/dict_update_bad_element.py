# ValueError: dict() from a sequence element of the wrong length
print(dict([(1, 2), "ab"]))
print(dict([(1, 2), (3, 4, 5)]))
