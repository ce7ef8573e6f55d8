# Dict kernel: word counting over LCG-generated text (str keys, get/in/
# setdefault), a memoisation table keyed by ints and by tuples, and
# iteration over items()/keys()/values() with deletion and re-insertion.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qu", "ba", "do"]


def make_words(n, seed):
    words = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + (x >> 16) % 3
        w = ""
        y = x
        for j in range(k):
            w = w + SYLLABLES[y % 12]
            y = y // 12
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    lengths = {}
    for w in words:
        lengths[len(w)] = lengths.get(len(w), 0) + 1
    first_pos = {}
    for i, w in enumerate(words):
        first_pos.setdefault(w, i)
    return counts, lengths, first_pos


def memo_paths(rows, cols):
    memo = {}

    def paths(r, c):
        key = (r, c)
        if key in memo:
            return memo[key]
        if r == 0 or c == 0:
            v = 1
        else:
            v = (paths(r - 1, c) + paths(r, c - 1)) % 1000000007
        memo[key] = v
        return v

    total = 0
    for r in range(rows):
        for c in range(cols):
            total = (total + paths(r, c)) % 1000000007
    return total, len(memo)


def collatz_memo(limit):
    lengths = {1: 1}
    best = 1
    best_n = 1
    for n in range(2, limit):
        path = []
        m = n
        while m not in lengths:
            path.append(m)
            if m % 2 == 0:
                m = m // 2
            else:
                m = 3 * m + 1
        base = lengths[m]
        for v in reversed(path):
            base += 1
            lengths[v] = base
        if lengths[n] > best:
            best = lengths[n]
            best_n = n
    return best_n, best, len(lengths)


def churn(n):
    d = {}
    for i in range(n):
        d[i * 7919 % n] = i
    acc = 0
    for rnd in range(6):
        for k, v in d.items():
            acc = (acc * 31 + k * 3 + v) % 1000000007
        for k in list(d.keys()):
            if (k + rnd) % 5 == 0:
                del d[k]
        for i in range(0, n, 7):
            d[i] = rnd
        acc = (acc + sum(d.values()) + len(d)) % 1000000007
    merged = {**d, **{-1: 1, -2: 2}}
    merged |= {n + 1: 3}
    return acc, len(merged)


words = make_words(1200000, 2024)
counts, lengths, first_pos = count_words(words)
wc = 0
for w, c in counts.items():
    wc = (wc * 131 + c * len(w) + first_pos[w]) % 1000000007
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print("words", len(words), len(counts), sorted(lengths.items()), top)

mp = memo_paths(500, 500)
print("paths", mp)
cz = collatz_memo(400000)
print("collatz", cz)
ch = churn(250000)
print("churn", ch)
print("checksum", (wc + mp[0] * 3 + cz[2] * 7 + ch[0] * 11) % 1000000007)
