# bytes and bytearray: literals, indexing and slicing, operators, methods, codecs (utf-8, ascii,
# latin-1, error handlers), %-formatting, bytearray mutation, CPython's errors.
b = b'hello world'
print(b, repr(b), len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], list(b[:3]), type(b), isinstance(b, bytes))
print(b + b'!', b * 2, 2 * b'ab', b'll' in b, 104 in b, b == b'hello world', b != b'x', b < b'i', sorted([b'b', b'a', b'ab']))
print(b.upper(), b.split(), b.split(b'o'), b.replace(b'l', b'L'), b.find(b'o'), b.rfind(b'o'), b.count(b'l'), b.startswith(b'he'), b.endswith((b'x', b'ld')))
print(b.decode(), b.hex(), bytes.fromhex('de ad be ef'), b'\x00\xff\n\t\r\\\'"'.hex(' '), b.title(), b.capitalize(), b' x '.strip(), b'a,b,,c'.split(b','))
print(bytes(3), bytes([65, 66, 67]), bytes('héllo', 'utf-8'), bytes(range(5)), bytearray(b'abc'), bytearray(2))
print('héllo'.encode(), 'héllo'.encode('latin-1'), 'abc'.encode('ascii'), b'h\xc3\xa9llo'.decode('utf-8'), b'\xe9'.decode('latin-1'))
ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b'??')
ba += b'!!'
del ba[1]
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode(), ba == b'Hllo!??!', ba[1:3])
ba[1:3] = b'EL'
print(ba, ba.upper(), type(ba.upper()))
print({b'a': 1}[b'a'], hash(b'x') == hash(b'x'), b''.join([b'a', b'b', bytearray(b'c')]), b'-'.join([b'x', b'y']))
print(b'%s = %d (%r) %5.1f %x %c%c' % (b'key', 42, 'v', 3.14159, 255, 65, b'Z'))
print(b'\x80abc'.decode('utf-8', 'replace'), b'\x80abc'.decode('utf-8', 'ignore'), 'é€'.encode('ascii', 'replace'), 'é'.encode('ascii', 'backslashreplace'))
for bad in ["b'\\x80'.decode()", "b'\\xe9t\\xe9'.decode('ascii')", "'é'.encode('ascii')", "bytes('x')", "b'a' + 'b'", "b'abc'[10]", "bytes([256])", "b'x'.decode('nope')", "bytearray(b'a')[0]", "hash(bytearray(b'x'))", "b'a'.index(b'z')"]:
    try:
        print(eval(bad))
    except (UnicodeError, TypeError, ValueError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
print(bool(b''), bool(b'x'), b'abc'.isalpha(), b'12'.isdigit(), b'  '.isspace(), b'Ab Cd'.istitle(), b'ab'.center(6, b'*'), b'42'.zfill(5), b'a\tb'.expandtabs(4))
print(b'line1\nline2\r\nline3'.splitlines(), b'a b  c'.rsplit(None, 1), b'key=value'.partition(b'='), b'a.b.c'.rpartition(b'.'))
t = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))
for x in b'AB':
    print(x, end=' ')
print(max(b'hello'), sum(b'\x01\x02'), bytes(reversed(b'abc')), b'abc'[1:2] == b'b', str(b'x'), f"{b'y'}")
