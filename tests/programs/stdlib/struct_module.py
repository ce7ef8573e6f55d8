# struct: sizes and native alignment, pack/unpack of every format code, half floats, pascal
# strings, Struct, pack_into/unpack_from/iter_unpack, and CPython's struct.error messages.
import struct
print(struct.calcsize('@bhiqd'), struct.calcsize('<bhiqd'), struct.calcsize('@ci'), struct.calcsize('3s2xH'), struct.calcsize('@l'), struct.calcsize('=l'), struct.calcsize('P'), struct.calcsize('n'), struct.calcsize('e?'))
print(struct.pack('<hHiIqQ', -1, 65535, -2, 7, -3, 2**64-1))
print(struct.pack('>d', 1.5), struct.pack('<f', 0.1), struct.pack('>e', 1.0/3), struct.pack('3s', b'abcdef'), struct.pack('5s', b'ab'), struct.pack('5p', b'abc'), struct.pack('?c', 1, b'x'))
print(struct.unpack('<hHiI', b'\xff\xff\xff\xff\xfe\xff\xff\xff\x07\x00\x00\x00'), struct.unpack('>d', struct.pack('>d', 2.25)), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('@bi', struct.pack('@bi', 1, 2)))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.unpack_from('<h', b'xx\x05\x00', 2), struct.pack('!I', 1))
s = struct.Struct('<2i')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00\x00\x00'))
ba = bytearray(8)
struct.pack_into('<i', ba, 4, 7)
print(ba)
for f in [lambda: struct.pack('b', 200), lambda: struct.pack('B', -1), lambda: struct.pack('h', 40000), lambda: struct.pack('H', -1), lambda: struct.pack('<i', 2**31), lambda: struct.pack('<I', -1), lambda: struct.pack('i', 2**31), lambda: struct.pack('<q', 2**63), lambda: struct.pack('<Q', -1), lambda: struct.pack('i', 1.5), lambda: struct.pack('d', 'x'), lambda: struct.pack('c', b'ab'), lambda: struct.pack('s', 1), lambda: struct.pack('ii', 1), lambda: struct.unpack('i', b'ab'), lambda: struct.calcsize('z'), lambda: struct.pack('<f', 1e300), lambda: struct.pack('<e', 1e6), lambda: struct.calcsize('<n')]:
    try: f()
    except (struct.error, TypeError, OverflowError) as e: print(type(e).__name__, e)
print(struct.error, struct.error.__mro__)
for x in [0.0, -0.0, 1.0, 0.5, 65504.0, 6.1e-05, 5.96e-08, 1e-9, 3.14159, -2.5, 0.1, 1/3, 2049.0, 2051.0, float('inf'), float('-inf')]:
    b = struct.pack('<e', x)
    print(x, b, struct.unpack('<e', b))
print(struct.unpack('<e', b'\x00\x7e'))
print(struct.pack('@bhc', 1, 2, b'z'), struct.calcsize('@bhc'), struct.calcsize('@hq'), struct.calcsize('@qh'), struct.calcsize('@xi'), struct.calcsize('3xi'))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('??', b'\x00\x05'), struct.pack('2p', b'hello'), struct.unpack('5p', b'\x09abcd'))
print(struct.pack('>3h', 1, 2, 3), struct.unpack('>2Q', b'\x00' * 7 + b'\x01' + b'\xff' * 8), struct.pack('<l', -5), struct.pack('<L', 5))
print(type(struct.Struct('>hh')), struct.Struct(b'<i').format, struct.pack('0s', b'abc'), struct.unpack('<4s', b'ab\x00c'))
class Idx:
    def __index__(self): return 7
print(struct.pack('<i', Idx()), struct.pack('<d', 3), struct.pack('<f', True))
try:
    struct.calcsize('9223372036854775807q')
except struct.error as e:
    print(type(e).__name__, e)
