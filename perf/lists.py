# List kernel: sieve of Eratosthenes ([x]*n, index read/write), insertion
# sort of an LCG-generated list (index-heavy shifting), and a stack
# workload (append/pop/len).


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j = j + i
        i = i + 1
    primes = []
    for k in range(n + 1):
        if flags[k]:
            primes.append(k)
    return primes


def lcg_list(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x >> 8)
    return out


def insertion_sort(a):
    n = len(a)
    for i in range(1, n):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j = j - 1
        a[j + 1] = v
    return a


def stack_work(rounds):
    stack = []
    total = 0
    x = 7
    for r in range(rounds):
        x = (x * 75 + 74) % 65537
        if x % 3 != 0 or len(stack) == 0:
            stack.append(x)
        else:
            total = total + stack.pop() * len(stack)
    while len(stack) > 0:
        total = total + stack.pop()
    return total


primes = sieve(2000000)
ps = 0
for p in primes:
    ps = (ps * 31 + p) % 1000000007

data = insertion_sort(lcg_list(7000, 12345))
ok = True
for i in range(1, len(data)):
    if data[i - 1] > data[i]:
        ok = False
sh = 0
for i in range(len(data)):
    sh = (sh + data[i] * (i + 1)) % 1000000007

st = stack_work(5500000)

# a list of tuples / nested lists
pairs = []
for i in range(len(primes) // 10):
    pairs.append((primes[i], primes[len(primes) - 1 - i]))
pt = 0
for pr in pairs:
    a, b = pr
    pt = (pt + a * b) % 1000000007

print("primes", len(primes), primes[len(primes) - 1])
print("sorted", ok, data[0], data[len(data) - 1])
print("checksum", (ps + sh * 3 + st * 7 + pt * 11) % 1000000007)
