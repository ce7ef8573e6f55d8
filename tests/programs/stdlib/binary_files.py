# open() in binary modes (rb, wb, ab), BufferedReader/BufferedWriter, io.BytesIO, errors.
import io, os
path = '/tmp/spindle_bin_test.bin'
with open(path, 'wb') as f:
    print(f, f.write(b'\x00\x01binary\xff\n'), f.write(bytearray(b'line2\n')))
with open(path, 'rb') as f:
    print(f, f.read(3), f.readline(), f.read(), f.read())
with open(path, 'ab') as f:
    f.write(b'more')
with open(path, 'rb') as f:
    print(list(f))
print(open(path, 'rb').read() == b'\x00\x01binary\xff\nline2\nmore')
os.remove(path)
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.tell(), b.read(), b.getvalue())
b.seek(0)
b.write(b'XY')
print(b.getvalue(), list(io.BytesIO(b'1\n2\n3')))
for bad in [lambda: open(path, 'rbt'), lambda: open(path, 'rb', encoding='utf-8')]:
    try: bad()
    except ValueError as e: print(e)
with open(path, 'wb') as f:
    try: f.write('text')
    except TypeError as e: print(e)
os.remove(path)
