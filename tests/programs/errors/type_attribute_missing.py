print(int.__name__, list.__mro__)
print(str.nope)
