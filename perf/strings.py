# String kernel: concatenation in loops, indexing, iteration over str,
# `in` (char and substring), len, comparisons, "".join / " ".join,
# %-formatting, str()/int() round-trips.

ALPHA = "abcdefghijklmnopqrstuvwxyz"
VOWELS = "aeiou"
NWORDS = 400000


def make_words(n, seed):
    words = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        length = 3 + (x >> 16) % 8
        w = ""
        for k in range(length):
            x = (x * 1103515245 + 12345) % 2147483648
            w = w + ALPHA[(x >> 16) % 26]
        words.append(w)
    return words


def count_vowels(s):
    c = 0
    for ch in s:
        if ch in VOWELS:
            c = c + 1
    return c


def reverse(s):
    r = ""
    i = len(s) - 1
    while i >= 0:
        r = r + s[i]
        i = i - 1
    return r


def palindromes(words):
    n = 0
    for w in words:
        if w == reverse(w):
            n = n + 1
        if w[0] == w[len(w) - 1]:
            n = n + 1
    return n


def chunks(words, limit):
    # Concatenate words into chunks of about `limit` chars, then join.
    out = []
    cur = ""
    for w in words:
        cur = cur + w + ","
        if len(cur) >= limit:
            out.append(cur)
            cur = ""
    out.append(cur)
    return "".join(out), len(out)


def digit_sum(n):
    s = str(n)
    t = 0
    for ch in s:
        t = t + int(ch)
    return t


words = make_words(NWORDS, 42)
text = " ".join(words)
vowels = count_vowels(text)
pals = palindromes(words)

hits = 0
for pat in ["ab", "zz", "the", "qu", "xyz", "aa", "ing"]:
    for w in words:
        if pat in w:
            hits = hits + 1

# %-formatting and join
lines = []
for i in range(len(words)):
    w = words[i]
    lines.append("%d:%s:%d" % (i, w, len(w)))
report = "\n".join(lines)
rlen = len(report)

joined, nchunks = chunks(words, 2000)

# lexicographic comparisons: find the smallest and largest word
lo = words[0]
hi = words[0]
for w in words:
    if w < lo:
        lo = w
    if w > hi:
        hi = w

# str/int round-trips
ds = 0
for i in range(300000):
    ds = ds + digit_sum(i * i + 7)
    ds = ds + int(str(i) + "1") % 97

print("words", len(words), "text", len(text), "lo", lo, "hi", hi)
print("vowels", vowels, "pals", pals, "hits", hits, "report", rlen)
print("chunks", nchunks, len(joined), "digits", ds)
print("checksum", (vowels * 1000003 + pals * 10007 + hits * 101 + rlen + len(joined) * 7 + nchunks + ds) % 1000000007)
