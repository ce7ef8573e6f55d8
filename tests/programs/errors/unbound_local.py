# A local read before assignment in the same function
total = 10

def bump(n):
    if n > 5:
        total = n
    return total + 1

print(bump(7))
print(bump(2))
