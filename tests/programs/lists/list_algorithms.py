# small algorithms over lists using only indexing/append/pop
def bubble_sort(xs):
    n = len(xs)
    i = 0
    while i < n:
        j = 0
        while j < n - 1 - i:
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
            j = j + 1
        i = i + 1
    return xs

data = [5, 2, 9, 1, 5, 6, -3, 0]
print(bubble_sort(data))
print(data)
print(bubble_sort(["pear", "apple", "fig", "date"]))

def reverse(xs):
    out = []
    i = len(xs) - 1
    while i >= 0:
        out.append(xs[i])
        i = i - 1
    return out
print(reverse([1, 2, 3, 4]), reverse([]))

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= n:
        if flags[p]:
            m = p * p
            while m <= n:
                flags[m] = False
                m = m + p
        p = p + 1
    primes = []
    for k in range(n + 1):
        if flags[k]:
            primes.append(k)
    return primes
print(sieve(60))

matrix = [[1, 2, 3], [4, 5, 6]]
transposed = []
for c in range(3):
    row = []
    for r in range(2):
        row.append(matrix[r][c])
    transposed.append(row)
print(transposed)

def prefix_sums(xs):
    out = [0]
    for x in xs:
        out.append(out[-1] + x)
    return out
print(prefix_sums([3, 1, 4, 1, 5, 9, 2, 6]))

def merge(a, b):
    out = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i = i + 1
        else:
            out.append(b[j])
            j = j + 1
    while i < len(a):
        out.append(a[i])
        i = i + 1
    while j < len(b):
        out.append(b[j])
        j = j + 1
    return out
print(merge([1, 4, 9], [2, 3, 10, 11]))
