# array: typed arrays of every typecode, methods, slicing, operators, byte conversions, range
# and type errors as CPython words them.
from array import array, typecodes
print(typecodes)
a = array('i', [1, 2, 3])
print(a, repr(a), len(a), a[0], a[-1], a[1:], type(a[1:]), a.typecode, a.itemsize, list(a), a.tolist())
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a.pop(), a.pop(0), a, a.index(3), a.count(2), 3 in a)
a.reverse(); print(a)
a[0] = 10; a[1:3] = array('i', [7, 7, 7]); del a[-1]
print(a, a + array('i', [9]), a * 2, a == array('i', [10, 7, 7, 7, 3]), a < array('i', [11]))
b = array('d', [1.5, 2.5])
print(b, b.tobytes(), array('d', b.tobytes()), sum(b), array('f', [0.1]))
c = array('B', b'hello')
print(c, c.tobytes(), bytes(c), array('u', 'héllo'), array('u', 'ab').tounicode())
d = array('h'); d.frombytes(b'\x01\x00\x02\x00'); d.fromlist([3, 4]); print(d)
print(array('q'), array('l', range(3)), array('b', [-128, 127]))
for f in [lambda: array('b', [200]), lambda: array('B', [-1]), lambda: array('i', [1.5]), lambda: array('z'), lambda: array('h', [70000]), lambda: a.index(99), lambda: array('i', 'abc'), lambda: a + array('d'), lambda: array('I', [-1]), lambda: a[100]]:
    try: f()
    except (OverflowError, TypeError, ValueError, IndexError) as e: print(type(e).__name__, e)
a = array('i', [3, 1, 2])
print(sorted(a), max(a), array('i', sorted(a)), a.buffer_info()[1], a.byteswap(), a)
