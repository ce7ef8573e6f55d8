# split/rsplit with maxsplit, splitlines, partition, rpartition; list and tuple methods
s = "a,b,,c,d"
print(s.split(","), s.split(",", 2), s.rsplit(",", 2), s.split(",", maxsplit=1), s.rsplit(sep=",", maxsplit=0))
print("  one  two three  ".split(), "  one  two three  ".split(None, 1), "  one  two three  ".rsplit(None, 1))
print("a b c".split(maxsplit=-1), "".split(), "".split(","), "xx".split("x"))
text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True), "no newline".splitlines(), "a\r".splitlines(1))
print("a\x1fb".splitlines(), "\r\n\r".splitlines(True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("héllo wörld".partition("ö"), "aaa".partition("aa"), "aaa".rpartition("aa"))
a = [3, 1, 2, 1]
b = a.copy()
b.append(9)
print(a, b, a.remove(1), a)
a.clear()
print(a, b)
t = (1, 2, 1, "x", 1.0, [1])
print(t.count(1), t.count("x"), t.count([1]), t.count(5), t.index(2), t.index(1, 1), t.index(1, -2), t.index("x", 0, 4))
nan = float("nan")
print((nan, 1).count(nan), (nan,).index(nan), [nan].count(nan))
l = [nan, 2]
l.remove(nan)
print(l)
