# fib, ackermann, mutual recursion, gcd, hanoi
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

for i in range(15):
    print("fib", i, fib(i))

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

for m in range(3):
    for n in range(4):
        print("ack", m, n, ack(m, n))
print("ack 2 3 =", ack(2, 3), "ack 3 3 =", ack(3, 3))

def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

for n in [0, 1, 10, 15, 100]:
    print(n, is_even(n), is_odd(n))

def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)

print(gcd(48, 18), gcd(17, 5), gcd(2 ** 64, 2 ** 40 * 3))

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
print(len(moves), " ".join(moves))
