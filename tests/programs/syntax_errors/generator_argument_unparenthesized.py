def total(*xs):
    return sum(xs)

print(total(1, 2))
print(total(1, x for x in range(3)))
