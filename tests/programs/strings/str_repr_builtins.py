# str() and repr() of assorted values, conversion round trips
print(str(12), str(-3), str(1.5), str(True), str(None))
print(repr(12), repr(1.5), repr(False), repr(None))
print(str([1, "a"]), repr([1, "a"]))
print(str((1, "a")), repr((1,)))
print(str("abc"), repr("abc"))
print(len(str(3.25)), len(repr("q")))
print(str(str("x")), repr(repr("x")))
print(str(""), repr(""), len(repr("")))
n = 1234
digits = str(n)
total = 0
for d in digits:
    total = total + int(d)
print(digits, total)
print(int(str(-99)) + 1)
print(str(0.1 + 0.2) + "|")
print(str(1e100), str(-1e-100))
print(str([None, True, 0.5, "s", ("t",), []]))
print(repr("a" + "'" + '"'))
print(str("tab\tx"))
print(repr("tab\tx"))
