"""Spindle's `array`: typed arrays of numbers (`b B u h H i I l L q Q f d`) with CPython 3.11's
methods, reprs and range errors. Items are kept in a list and checked on the way in; the
byte conversions (`tobytes`, `frombytes`, `byteswap`) go through `struct` with native sizes."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8,
          'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, the C type CPython names in its range errors)
_RANGES = {
    'b': (-128, 127, 'signed char'),
    'B': (0, 255, 'unsigned byte integer'),
    'h': (-32768, 32767, 'signed short integer'),
    'H': (0, 65535, 'unsigned short'),
    'i': (-2**31, 2**31 - 1, 'signed integer'),
    'I': (0, 2**32 - 1, 'unsigned int'),
    'l': (-2**63, 2**63 - 1, None),
    'L': (0, 2**64 - 1, None),
    'q': (-2**63, 2**63 - 1, None),
    'Q': (0, 2**64 - 1, None),
}


def _check(typecode, value):
    """`value` as an item of an array of `typecode`, or CPython's error."""
    if typecode in 'fd':
        if not isinstance(value, (int, float)) or isinstance(value, complex):
            if hasattr(value, '__float__'):
                return float(value)
            raise TypeError(f'must be real number, not {type(value).__name__}')
        value = float(value)
        if typecode == 'f':
            value = _struct.unpack('f', _struct.pack('f', value))[0]
        return value
    if typecode == 'u':
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError(f'array item must be unicode character, not '
                            f'{type(value).__name__}')
        return value
    if not isinstance(value, int):
        if hasattr(type(value), '__index__'):
            value = value.__index__()
        else:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an "
                            f"integer")
    low, high, name = _RANGES[typecode]
    if value < low:
        if name is None or (low == 0 and typecode == 'I'):
            if low == 0:
                raise OverflowError("can't convert negative value to unsigned int")
            raise OverflowError('Python int too large to convert to C long')
        raise OverflowError(f'{name} is less than minimum')
    if value > high:
        if name is None:
            raise OverflowError('Python int too large to convert to C long')
        raise OverflowError(f'{name} is greater than maximum')
    return int(value)


class array:
    """array(typecode [, initializer]) -> array"""
    __module__ = 'array'

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f'array() argument 1 must be a unicode character, not '
                            f'{type(typecode).__name__}')
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f'cannot use a str to initialize an array with typecode '
                                f"'{typecode}'")
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == 'u' and typecode != 'u':
                raise TypeError(f'cannot use a unicode array to initialize an array with '
                                f"typecode '{typecode}'")
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _SIZES[self._typecode]

    def _new(self, items):
        result = array(self._typecode)
        result._items = items
        return result

    def __repr__(self):
        if not self._items:
            return f"array('{self._typecode}')"
        if self._typecode == 'u':
            return f"array('u', {''.join(self._items)!r})"
        return f"array('{self._typecode}', {self._items!r})"

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to '
                                f'array slice')
            if value._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            self._items[index] = list(value._items)
            return
        try:
            self._items[index] = _check(self._typecode, value)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def _compatible(self, other):
        if not isinstance(other, array):
            return False
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        return True

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        self._compatible(other)
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not '
                            f'"{type(other).__name__}")')
        self._compatible(other)
        self._items.extend(other._items)
        return self

    def __mul__(self, count):
        return self._new(self._items * count)

    __rmul__ = __mul__

    def __imul__(self, count):
        self._items *= count
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __bytes__(self):
        return self.tobytes()

    def append(self, value):
        self._items.append(_check(self._typecode, value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._compatible(iterable)
            self._items.extend(iterable._items)
            return
        checked = [_check(self._typecode, value) for value in iterable]
        self._items.extend(checked)

    def insert(self, index, value):
        self._items.insert(index, _check(self._typecode, value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(index)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, value, start=0, stop=None):
        if stop is None:
            stop = len(self._items)
        try:
            return self._items.index(value, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        self.extend(items)

    def _format(self, count):
        code = 'I' if self._typecode == 'u' else self._typecode
        return f'@{count}{code}'

    def tobytes(self):
        items = self._items
        if self._typecode == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._format(len(items)), *items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        items = list(_struct.unpack(self._format(len(data) // size), data))
        if self._typecode == 'u':
            items = [chr(i) for i in items]
        self._items.extend(items)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, text):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(text)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data)
        if len(data) < n * self.itemsize:
            raise EOFError('read() didn\'t return enough bytes')


ArrayType = array
