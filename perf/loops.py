# Nested-loop integer kernel: measures the interpreter's dispatch loop on
# for/while loops, local variable access, and mixed integer arithmetic
# (+ - * // % ** << >> & | ^ ~) plus branches. One part deliberately grows
# past 64 bits to exercise arbitrary-precision ints.


def mix(n):
    acc = 0
    for i in range(n):
        a = i * 2654435761 % 4294967296
        for j in range(n):
            x = (a ^ (j << 5)) + (j * 7 - i)
            r = x % 3
            if r == 0:
                acc = acc + (x & 1023)
            elif r == 1:
                acc = acc - (x >> 3) % 517
            else:
                acc = acc ^ ((x | j) & 65535)
            if j % 7 == 3 and i % 5 != 0:
                acc = acc + (~x & 255) // 3
        acc = acc % 1000000007
    return acc


def collatz_total(limit):
    total = 0
    longest = 0
    k = 1
    while k < limit:
        m = k
        steps = 0
        while m != 1:
            if m & 1:
                m = 3 * m + 1
            else:
                m = m >> 1
            steps = steps + 1
        total = total + steps
        if steps > longest:
            longest = steps
        k = k + 1
    return total, longest


def bigint(rounds):
    # Arbitrary precision: repeated squaring modulo a big number, powers.
    m = 2 ** 127 - 1
    x = 3 ** 50
    h = 0
    for i in range(rounds):
        x = (x * x + i) % m
        h = (h * 31 + (x >> 64)) % 1000000009
    return h


a = mix(1700)
t, l = collatz_total(125000)
b = bigint(400000)
print("mix", a)
print("collatz", t, l)
print("bigint", b)
print("checksum", (a * 1000003 + t * 101 + l + b) % 2305843009213693951)
