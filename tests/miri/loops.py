# Loops, unpacking, lists, strings and the sequences fused into superinstructions.
total = 0
i = 0
while i < 60:
    total += i * 2 - 1
    i += 1
print(total)

def kernel(n):
    acc = 0
    x = 1.5
    for k in range(n):
        acc = acc + k % 7
        if acc > 50:
            acc = acc - 50
        x = x * 1.01
    return acc, x

acc, x = kernel(40)
print(acc, x)
grid = [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
for row in grid:
    first, second, third = row
    print(first + second + third, end=" ")
print()
s = ""
for ch in "spindle":
    s = ch + s
print(s, s[0], s[-1], "%s=%d" % ("n", 42))
big = 2 ** 70
print(big * big - 1, -big // 3)
