# Formatting-heavy report: f-strings with format specs (widths, alignment, precision, grouping,
# signs, hex), str.format with fields, %-formatting, repr of floats, lines collected into a list
# and joined. Checksum printed (over lengths and a rolling hash of the text).


def rows(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append((i, "item%d" % (x % 997), (x % 100000) / 7.0, x % 5000 - 2500))
    return out


def report(data):
    lines = []
    for i, name, price, delta in data:
        lines.append(f"{i:>6} | {name:<10} | {price:>12,.2f} | {delta:+6d} | {delta & 0xFFFF:#06x}")
        lines.append(f"{name!r:^16}|{price:10.3e}|{price / 3:.4g}|{i % 7:03}|{delta:_>8}")
    return "\n".join(lines)


def summary(data):
    parts = []
    for i, name, price, delta in data:
        parts.append("{0:>5}:{1:<9}{2:8.1f}{3:>+7}".format(i, name, price, delta))
        parts.append("%-8s %6.2f %5d %x" % (name, price, delta, i))
        parts.append(repr(price) + str(delta))
    return ",".join(parts)


def checksum(text):
    h = 0
    for ch in text[::7]:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


data = rows(20000, 5)
total = 0
size = 0
for r in range(13):
    a = report(data)
    b = summary(data)
    size += len(a) + len(b)
    total = (total + checksum(a) + checksum(b)) % 1000000007
print("size", size)
print("checksum", total)
