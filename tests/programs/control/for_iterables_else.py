# for over lists, tuples and strings; for-else; break/continue
for x in [10, 20, 30]:
    print("list", x)
for x in (1.5, "two", None):
    print("tuple", x)
for ch in "héllo":
    print("str", ch)
for x in []:
    print("never")
else:
    print("empty list else")
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no break, else runs")
for x in [1, 2, 3]:
    if x == 2:
        print("break at", x)
        break
else:
    print("not printed")
for x in range(10):
    if x % 3 != 0:
        continue
    print("multiple of 3:", x)
else:
    print("continue does not skip else")

# primes with for-else
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

pairs = [(1, "a"), (2, "b"), (3, "c")]
for num, letter in pairs:
    print(num, letter)
items = [[1, 2], [3, 4]]
for p, q in items:
    print(p + q)
