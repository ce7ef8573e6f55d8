# Unpacking kernel: a hot loop unpacking 10-element tuples and lists into
# ten names, starred unpacking (head/*rest, first/*mid/last), swaps, nested
# targets in for loops, and building tuples with starred displays.


def make_rows(n, seed):
    rows = []
    x = seed
    for i in range(n):
        vals = []
        for k in range(10):
            x = (x * 1103515245 + 12345) % 2147483648
            vals.append((x >> 12) % 1000)
        if i % 2 == 0:
            rows.append(tuple(vals))
        else:
            rows.append(vals)
    return rows


def ten_way(rows, rounds):
    acc = 0
    for r in range(rounds):
        for row in rows:
            a, b, c, d, e, f, g, h, i, j = row
            acc = (acc + a * 1 + b * 2 + c * 3 + d * 4 + e * 5 - f + g * h - i + j * r) % 1000000007
            a, b = b, a
            c, d, e = e, c, d
            acc = (acc * 3 + a - b + c * d - e) % 1000000007
    return acc


def starred(rows, rounds):
    acc = 0
    for r in range(rounds):
        for row in rows:
            head, *rest = row
            first, *mid, last = row
            *init, tail = row
            x, y, *more, z = rest
            acc = (acc + head * len(rest) + first - last + len(mid) * tail + x * y - z + len(more) + init[r % 9]) % 1000000007
    return acc


def nested_targets(n):
    pairs = []
    for k in range(n):
        pairs.append((k, (k * 7 % 13, (k * 3 % 5, k % 11))))
    acc = 0
    for rnd in range(4):
        for k, (a, (b, c)) in pairs:
            acc = (acc * 31 + k + a * b - c + rnd) % 1000000007
        for idx, (k, rest) in enumerate(pairs):
            (a, (b, c)) = rest
            acc = (acc + idx * a + b * c) % 1000000007
    return acc


def repack(rows, rounds):
    acc = 0
    for r in range(rounds):
        for row in rows:
            t = (*row[:3], r, *row[7:])
            u = [*t, *t[:2]]
            p, q, s, *w = u
            acc = (acc + p + q * s + len(w) + w[-1] + t[3]) % 1000000007
    return acc


rows = make_rows(20000, 4242)
t1 = ten_way(rows, 70)
print("ten", t1)
t2 = starred(rows, 30)
print("starred", t2)
t3 = nested_targets(200000)
print("nested", t3)
t4 = repack(rows, 25)
print("repack", t4)
print("checksum", (t1 + t2 * 3 + t3 * 7 + t4 * 11) % 1000000007)
