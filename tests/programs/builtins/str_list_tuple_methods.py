# str split/rsplit/splitlines/partition/rpartition; list clear/copy/remove; tuple count/index
s = "a,b,,c,d"
print(s.split(","), s.split(",", 1), s.split(",", 2), s.split(",", 0), s.split(",", -1))
print(s.rsplit(","), s.rsplit(",", 1), s.rsplit(",", 2))
w = "  the quick  brown\tfox\njumps  "
print(w.split(), w.split(None, 2), w.rsplit(None, 2), w.split(" "), w.rsplit(maxsplit=1))
print("".split(), "".split(","), "   ".split(), "x".split("x"), "abcabc".split("bc"))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "1 2 3".split(maxsplit=1))
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())
print(text.splitlines(True))
print("no newline".splitlines(), "".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines(keepends=True))
print("key=value=x".partition("="), "novalue".partition("="), "=lead".partition("="))
print("key=value=x".rpartition("="), "novalue".rpartition("="), "trail=".rpartition("="))
print("a--b--c".partition("--"), "a--b--c".rpartition("--"))
l = [1, 2, 3, 2, 1]
c = l.copy()
l.remove(2)
print(l, c, c is l)
l.remove(1)
print(l)
c.clear()
print(c, len(c))
n = [[1], [2]]
m = n.copy()
m[0].append(9)
m.append([3])
print(n, m)
l2 = ["a", 1, 1.0, True]
l2.remove(True)
print(l2)
t = (1, 2, 2, 3, 2, "2", 2.0)
print(t.count(2), t.count("2"), t.count(9), t.index(2), t.index(3), t.index("2"))
print(t.index(2, 3), t.index(2, 2, 5), (True, 1, 1.0).count(1), ((1, 2), (1, 2)).count((1, 2)))
print([1, 2, 3].index(3), [1, 2, 1].count(1), "banana".count("an"), "banana".index("n"))
