# integer modulo by zero
def digit_sum_mod(n, m):
    s = 0
    while n > 0:
        s = s + n % 10
        n = n // 10
    print("digit sum", s, "mod", m)
    return s % m

def check(n, m):
    return digit_sum_mod(n, m)

print(check(12345, 4))
print(check(999, 0))
print("not reached")
