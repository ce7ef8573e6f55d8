"""Spindle's `struct`: packing values into bytes and back by format strings. The engine is the
built-in `_struct` (Rust); this module adds `error` and the `Struct` class."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']


class error(Exception):
    pass


from _struct import calcsize, iter_unpack, pack, pack_into, unpack, unpack_from


class Struct:
    """A compiled format: its `format`, its `size`, and the module's functions bound to it."""
    __module__ = '_struct'

    def __init__(self, format):
        if isinstance(format, (bytes, bytearray)):
            format = bytes(format).decode('ascii')
        if not isinstance(format, str):
            raise TypeError(f'Struct() argument 1 must be a str or bytes object, not '
                            f'{type(format).__name__}')
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

