# recursion 900 levels deep (below CPython's default limit of 1000)
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)

print(sum_to(10))
print(sum_to(900))

def depth(n, acc):
    if n == 0:
        return acc
    return depth(n - 1, acc + [n % 3]) if n % 100 != 0 else depth(n - 1, acc)

r = depth(900, [])
print(len(r))

def count_down(n):
    if n == 0:
        return "bottom"
    result = count_down(n - 1)
    if n % 150 == 0:
        print("unwinding", n)
    return result

print(count_down(900))

def mutual_a(n):
    if n == 0:
        return 0
    return 1 + mutual_b(n - 1)

def mutual_b(n):
    if n == 0:
        return 0
    return 2 + mutual_a(n - 1)

print(mutual_a(900))
print(sum_to(900) == 900 * 901 // 2)
