# Checks str repr quote selection and escapes for control characters, backslashes and quotes.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "", "'", '"', "'\"", "\\", "\\n literal",
         "line\nbreak", "tab\there", "cr\rhere", "\x00", "\x07\x08\x0b\x0c", "\x1b[0m", "\x7f",
         "\x01\x1f", "back\\slash\\", "mixed '\n\" \\ \t", "\x80", "\x9f", "\xa0", "'''", '"""']
for s in tests:
    print(len(s), repr(s))
print(repr("a" * 3 + "'" * 2 + '"'))
print(repr("\\x00"), repr("\\'"), repr('\\"'))
print(str("quote'"), "%r" % "x'y", "{!r}".format('x"y'), f"{chr(39)!r}")
print(repr("'" + '"' + "'"))
print(repr(chr(0)), repr(chr(9)), repr(chr(10)), repr(chr(13)), repr(chr(31)), repr(chr(32)), repr(chr(127)))
print([repr(chr(i)) for i in range(0, 32, 3)])
print(repr(b"bytes'with\"quotes"), repr(b"\x00\xff\n"), repr(b"'"), repr(b'"'))
print(eval(repr("both ' and \"")) == "both ' and \"")
s = "round\ttrip\n'\"\\"
print(eval(repr(s)) == s)
print(ascii("plain'quote"), ascii('dq"'), ascii("\n\x00"))
