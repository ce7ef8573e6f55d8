# str methods of padding, tabs, titles, affixes and translation: center ljust rjust zfill
# expandtabs title istitle casefold isascii isidentifier removeprefix removesuffix maketrans translate.
s = 'hello'
print(repr(s.center(11)), repr(s.center(10, '*')), repr(s.center(4)), repr('ab'.center(5, '-')), repr('abc'.center(6)), repr(s.ljust(8, '.')), repr(s.rjust(8)), repr('é'.center(4, 'ü')))
print('42'.zfill(5), '-42'.zfill(6), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print(repr('a\tbc\td\n\tx'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('a\tb'.expandtabs(0)))
print('hello world'.title(), "they're bill's".title(), 'ÉCOLE élève'.title(), 'Hello World'.istitle(), 'Hello world'.istitle(), ''.istitle(), 'A1 B2'.istitle())
print('Straße'.casefold(), 'ΣΑΣ'.casefold(), 'abc'.isascii(), 'é'.isascii(), 'x_1'.isidentifier(), '1x'.isidentifier(), 'élan'.isidentifier(), ''.isidentifier(), 'a-b'.isidentifier())
print('TestHook'.removeprefix('Test'), 'TestHook'.removesuffix('Hook'), 'abc'.removeprefix('x'), 'abc'.removeprefix(''))
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()), 'abcd-abcd'.translate(t), 'hello'.translate({ord('l'): 'L', ord('o'): None}), str.maketrans({'a': 'b', 98: None}))
print('abc'.translate([ '0', '1' ] * 50))
for f in [lambda: 'x'.center(5, 'ab'), lambda: 'x'.center(), lambda: 'x'.removeprefix(1), lambda: str.maketrans('ab', 'c'), lambda: str.maketrans('a'), lambda: 'a'.translate({97: 1.5}), lambda: str.maketrans({'ab': 1})]:
    try: f()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
