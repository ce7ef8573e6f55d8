# conditional expressions
for i in range(-2, 3):
    sign = "neg" if i < 0 else "zero" if i == 0 else "pos"
    print(i, sign)
x = 5
y = 10 if x > 3 else 20
print(y)
print("even" if x % 2 == 0 else "odd")
print((1 if True else 2) + 10, 1 if False else 2 + 10)
z = [] if x > 100 else [x, x]
print(z)
print(x if x else "falsy", 0 if 0 else "falsy")
def pick(a, b):
    return a if a > b else b
print(pick(3, 9), pick(9, 3), pick(-1, -1))
w = 0
print("a" if w else "b" if not w else "c")
print(1 + 2 if x == 5 else 3 * 4)
