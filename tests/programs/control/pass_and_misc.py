# pass, loops with pass bodies, and accumulating state
def nothing():
    pass

print(nothing())
for i in range(3):
    pass
print(i)
x = 0
while x < 3:
    x = x + 1
    if x == 2:
        pass
    else:
        print("x", x)
if True:
    pass
elif False:
    print("never")
else:
    print("never")

# fizzbuzz
for n in range(1, 16):
    if n % 15 == 0:
        print("FizzBuzz")
    elif n % 3 == 0:
        print("Fizz")
    elif n % 5 == 0:
        print("Buzz")
    else:
        print(n)

# digit reversal
v = 1234567
rev = 0
while v > 0:
    rev = rev * 10 + v % 10
    v = v // 10
print(rev)
