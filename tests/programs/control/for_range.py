# for over range with 1, 2 and 3 arguments
for i in range(4):
    print("r1", i)
for i in range(2, 6):
    print("r2", i)
for i in range(1, 10, 3):
    print("r3", i)
for i in range(10, 0, -3):
    print("neg", i)
for i in range(5, -6, -5):
    print("neg2", i)
for i in range(0):
    print("never 0")
for i in range(5, 5):
    print("never 5,5")
for i in range(5, 2):
    print("never 5,2")
for i in range(0, 10, -1):
    print("never neg step")
for i in range(-3):
    print("never -3")
for i in range(-5, -1):
    print("r-", i)
total = 0
for i in range(1, 101):
    total = total + i
print("sum 1..100 =", total)
i = 99
for i in range(3):
    pass
print("i after loop", i)
for i in range(2 ** 64, 2 ** 64 + 3):
    print("big", i)
for i in range(3):
    i = i * 10
    print("rebound", i)
