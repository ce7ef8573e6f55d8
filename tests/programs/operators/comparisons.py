# all comparison operators, including chained comparisons
x = 5
print(x == 5, x != 5, x < 5, x <= 5, x > 5, x >= 5)
print(1 < x < 10, 1 < x < 3, 10 > x > 1, 5 <= x <= 5)
a = 2
b = 2
c = 2
print(a == b == c, a == b == 3, a != b != c)
print(1 < 2 > 0, 1 < 2 > 5, 3 > 2 < 4 > 1)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print(0 < 0.5 < 1 == 1.0, "a" < "b" < "c")
print([1, 2] == [1, 2], [1, 2] < [1, 3], (1, 2) <= (1, 2))
print(None == None, None != 0, None == False, 0 == False, "" == False)
print(1 == 1.0 == True, 2 == 2.0 != 2.5)
n = 0
i = 0
while i < 12:
    if 3 <= i < 8:
        n = n + 1
        print("in range", i)
    i = i + 1
print(n)
print(x is x, None is None, None is not None)
t = True
f = False
print(t is True, f is False, t is not False, (1 == 1) is True)
v = None
print(v is None, v is not None, [] is not None, 0 == None)
print((3 > 2) == True, (3 > 2) + 1)
