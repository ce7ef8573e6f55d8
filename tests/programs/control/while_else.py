# while loops with else, break and continue
i = 0
while i < 5:
    print("i =", i)
    i = i + 1
else:
    print("while finished normally, i =", i)

j = 0
while j < 10:
    if j == 3:
        print("breaking at", j)
        break
    j = j + 1
else:
    print("not printed")
print("after break j =", j)

k = 0
while k < 8:
    k = k + 1
    if k % 2 == 0:
        continue
    print("odd", k)
else:
    print("else after continue loop")

n = 0
while n > 0:
    print("never")
else:
    print("empty while runs else")

# collatz steps
c = 27
steps = 0
while c != 1:
    if c % 2 == 0:
        c = c // 2
    else:
        c = 3 * c + 1
    steps = steps + 1
print("collatz 27 steps:", steps)

count = 0
while True:
    count = count + 1
    if count >= 4:
        break
print("count", count)
