# range items past i64 are indexed exactly; indices of any size are in or out of range
r = range(10**20)
print(r[10**19], r[-1], r[2**64], r[-(10**20)])
print(range(0, 2**99, 2**97)[3], range(2**99, 0, -(2**97))[-1])
print(range(-(10**20), 10**20, 3)[10**19])
print(range(10**20)[10**30 - 10**30])
print(r[10**30])
