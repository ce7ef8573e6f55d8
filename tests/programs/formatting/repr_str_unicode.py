# Checks repr/ascii of non-ASCII strings: printable vs non-printable code points, emoji, combining marks.
samples = ["café", "naïve", "日本", "Ελληνικά", "\u200b", "\x85", "\xa0", "\xad", "\u2028", "\u2029",
           "\U0001f600", "e\u0301", "\u0301", "\ufeff", "\ud800", "\U000e0001", "\u3000", "\u2003",
           "\x9b", "\uffff", "\U0010ffff", "\u00e9\u0332", "\u202e", "\U0001f1fa\U0001f1f8", "\u2603"]
for s in samples:
    print(len(s), repr(s), ascii(s), [hex(ord(c)) for c in s])
print(repr("mix é \u200b 😀 \t"), ascii("mix é \u200b 😀 \t"))
print(["é", "\xa0"], ("😀",), {"ü": "\u200b"})
print(ascii(["é", 1, ("ü",)]), ascii({"k": "\U0001f600"}))
print(ascii(b"\xe9"), ascii(1.5), ascii(None))
print("%a|%r|%s" % ("é", "é", "é"))
print(f"{'é'!a} {chr(0x200b)!r}")
print(str.isprintable("\u200b"), "é".isprintable(), "\xa0".isprintable(), "😀".isprintable(), " ".isprintable())
print(repr("\u0000\u0001\u007f\u0080\u00a0\u00a1\u00ff\u0100"))
print(repr(chr(0x10ffff)), repr(chr(0xe000)), repr(chr(0xfffd)), repr(chr(0x2060)))
print(ascii(chr(0xff)), ascii(chr(0x100)), ascii(chr(0xffff)), ascii(chr(0x10000)))
