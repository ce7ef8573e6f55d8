# factorial(60) computed two ways
def fact_loop(n):
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i = i + 1
    return r

def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)

for n in [0, 1, 5, 10, 20, 21, 25, 30]:
    print(n, fact_loop(n), fact_rec(n))

a = fact_loop(60)
b = fact_rec(60)
print(a)
print(b)
print(a == b)
print(len(str(a)))
print(a // fact_loop(58))
print(a % 1000000007)
print(-a)
print(a // fact_rec(59))

# divide back down to a small int
k = a
n = 60
while n > 1:
    k = k // n
    n = n - 1
print(k)
# 2**k loop with a pow-like helper
def ipow(base, e):
    r = 1
    while e > 0:
        if e % 2 == 1:
            r = r * base
        base = base * base
        e = e // 2
    return r

print(ipow(3, 0), ipow(3, 1), ipow(3, 40), ipow(3, 41))
print(ipow(7, 77))
print(ipow(7, 77) == 7 ** 77)
print(ipow(-2, 65))
print(ipow(-2, 64))
