# Edges of the fast paths for small ints and ASCII text: str/repr of ints at the i64 limits,
# %d/%i/%u/%x/%X/%o of bools, negatives and big ints, min/max/sorted over small ints mixed with
# bools, big ints and floats, and stepped slices of ASCII and non-ASCII strings.
limits = [0, -1, 1, 9, 10, -10, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**19, 10**20, True, False]
for n in limits:
    print(str(n), repr(n), [n], "%d|%i|%u|%5d|%-5d|%05d|%+d" % (n, n, n, n, n, n, n))
    print("%x|%X|%o|%#x|%#o|%.3d|%8.4x" % (n, n, n, n, n, n, n))
print(str(-0), str(+5), f"{-7}", f"{2**64}")
mixed = [3, True, 2**70, -5, 2.5, False, -2**65, 7, 0]
print(min(mixed), max(mixed), sorted(mixed))
print(min(3, 3.0), max(3.0, 3), min([True, 1]), max([1, True]), sorted([2, 1.0, True, 0.5]))
print(min(x % 7 for x in range(100)), max((-x for x in range(10)), default=None))
print(sorted(range(20), key=lambda v: v % 5), sorted([5, 3, 9], reverse=True))
text = "abcdefghijklmnopqrstuvwxyz0123456789"
print(text[::7], text[1::3], text[::-4], text[30:5:-6], text[::100], text[5:5:2], repr(text[::-1]))
wide = "héllo wörld ünïcode ✓ ok"
print(wide[::2], wide[::-3], wide[3:20:4])
print(str("same") is not None, str(""), str("x" * 3))
