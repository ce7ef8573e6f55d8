# len, indexing (incl. negative), membership, iteration
s = "hello, world"
print(len(s), len(""), len(" "))
print(s[0], s[4], s[-1], s[-12], s[len(s) - 1])
i = 0
while i < len(s):
    print(i, s[i], s[-1 - i])
    i = i + 1
u = "日本語é😀"
print(len(u), u[0], u[1], u[-1], u[-2], u[3])
print("h" in s, "world" in s, "xyz" in s, "" in s, "" in "")
print("z" not in s, "lo," not in s)
print("日本" in u, "😀" in u)
count = 0
for ch in s:
    if ch == "o" or ch == "l":
        count = count + 1
print(count)
for ch in "ab日😀":
    print(ch, repr(ch))
r = ""
for ch in "stressed":
    r = ch + r
print(r)
print(s[0] + s[-1] + u[2])
print(repr(s[5]), repr(s[6]))
