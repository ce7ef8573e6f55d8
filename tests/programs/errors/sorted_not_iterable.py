# TypeError: sorted() of an int
print(sorted([3, 1, 2]))
print(sorted("cba"))
n = 321
print(sorted(n))
