# Strings: repetition (built by doubling copies of the text), concatenation, indexing and
# iteration, with ASCII, non-ASCII and lone-surrogate text.
for s in ["ab", "é", "€x", "\ud800", "a\udc80b"]:
    r = s * 5
    print(len(r), repr(r), repr(r[3]), repr(s + "" + s))
print(repr("" * 9), repr("xyz" * 0), repr("-" * 1))
count = 0
for ch in "naïve\ud83d" * 3:
    count += 1
print(count, "-".join(["q"] * 4), "%s|%5s|%-4s|" % ("é", "ab", "\u20ac"))
