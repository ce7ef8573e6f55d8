# nested loops; break leaves only the inner loop
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i, j)
    print("end of outer", i)

found = 0
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            print("triple", a, b, 13)
            found = found + 1
print("found", found)

i = 0
while i < 3:
    j = 0
    while True:
        if j == 2:
            break
        print("w", i, j)
        j = j + 1
    i = i + 1

row = ""
for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        if i == j:
            continue
        row = row + str(i * j) + " "
    print(row)
for x in "ab":
    for y in "xy":
        for z in [1, 2]:
            print(x + y + str(z))
