"""Spindle's `io`: in-memory streams (`StringIO`, `BytesIO`) and files (`open`, which the
`open` builtin calls) in text and binary modes. '+' modes (reading and writing one file)
are not supported yet."""

__all__ = ['StringIO', 'BytesIO', 'TextIOBase', 'IOBase', 'BufferedIOBase',
           'TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'open',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

import _os

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class IOBase:
    """The abstract base class for all I/O classes."""

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class TextIOBase(IOBase):
    """Base class for text streams."""


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not '
                            f'{type(initial_value).__name__}')
        self._buffer = initial_value
        self._position = 0
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check_closed()
        return self._buffer

    def write(self, s):
        """Write string to file. Returns the number of characters written."""
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        end = self._position + len(s)
        buffer = self._buffer
        if self._position > len(buffer):
            buffer += '\0' * (self._position - len(buffer))
        self._buffer = buffer[:self._position] + s + buffer[end:]
        self._position = end
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        """Read at most size characters, returned as a string (all of them if negative)."""
        self._check_closed()
        start = self._position
        end = len(self._buffer) if size is None or size < 0 else min(start + size,
                                                                       len(self._buffer))
        self._position = max(end, start)
        return self._buffer[start:end]

    def readline(self, size=-1):
        """Read until newline or EOF."""
        self._check_closed()
        start = self._position
        end = self._buffer.find('\n', start)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._position = max(end, start)
        return self._buffer[start:end]

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._position = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._position = len(self._buffer)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._position

    def tell(self):
        self._check_closed()
        return self._position

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._position
        self._buffer = self._buffer[:size]
        return size

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def flush(self):
        pass


class _File:
    """What text and binary files share: opened for reading, the whole file is read into an
    in-memory stream (`_load`); opened for writing, data collects in a buffer that reaches the
    file (`_append`) on flush(), close(), the end of a `with` block, or at exit. Subclasses
    name the unsupported operations (`_NOT_READABLE`, `_NOT_WRITABLE`)."""

    def _open(self, name, mode, kind):
        self.name = name
        self.mode = mode
        self._closed = False
        self._reading = kind == 'r'
        if self._reading:
            self._buffer = self._load(name)
        else:
            _os.create_file(name, kind)
            self._pending = []
            self._pending_size = 0
            _open_for_writing.append(self)

    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_closed()
        if not self._reading:
            raise UnsupportedOperation(self._NOT_READABLE)

    def _check_writable(self):
        self._check_closed()
        if self._reading:
            raise UnsupportedOperation(self._NOT_WRITABLE)

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check_closed()
        return self._reading

    def writable(self):
        self._check_closed()
        return not self._reading

    def seekable(self):
        return True

    def read(self, size=-1):
        self._check_readable()
        return self._buffer.read(size)

    def readline(self, size=-1):
        self._check_readable()
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        self._check_readable()
        return self._buffer.readlines()

    def seek(self, pos, whence=0):
        self._check_readable()
        return self._buffer.seek(pos, whence)

    def tell(self):
        self._check_readable()
        return self._buffer.tell()

    def _collect(self, data):
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size > 65536:
            self.flush()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_closed()
        if not self._reading and self._pending:
            data = self._EMPTY.join(self._pending)
            self._pending = []
            self._pending_size = 0
            self._append(self.name, data)

    def close(self):
        if self._closed:
            return
        if not self._reading:
            self.flush()
            if self in _open_for_writing:
                _open_for_writing.remove(self)
        self._closed = True


class TextIOWrapper(_File, TextIOBase):
    """A text file opened by `open()` (UTF-8)."""
    _NOT_READABLE = 'not readable'
    _NOT_WRITABLE = 'not writable'
    _EMPTY = ''

    def __init__(self, name, mode, kind):
        self.encoding = 'UTF-8'
        self._open(name, mode, kind)

    def __repr__(self):
        return f"<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding='UTF-8'>"

    @staticmethod
    def _load(name):
        return StringIO(_os.read_text(name))

    @staticmethod
    def _append(name, data):
        _os.append_text(name, data)

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        return self._collect(s)


class UnsupportedOperation(OSError, ValueError):
    pass


class BufferedIOBase(IOBase):
    """Base class for binary streams."""


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._buffer = bytearray(initial_bytes)
        self._position = 0
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return bytes(self._buffer)

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buffer)
        else:
            end = min(len(self._buffer), self._position + size)
        data = bytes(self._buffer[self._position:end])
        self._position = max(self._position, end)
        return data

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        end = self._buffer.find(b'\n', self._position)
        end = len(self._buffer) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._position + size)
        data = bytes(self._buffer[self._position:end])
        self._position = max(self._position, end)
        return data

    def readlines(self, hint=-1):
        return list(self)

    def write(self, b):
        self._check_closed()
        data = bytes(b) if not isinstance(b, (bytes, bytearray)) else b
        end = self._position + len(data)
        if self._position > len(self._buffer):
            self._buffer.extend(bytes(self._position - len(self._buffer)))
        self._buffer[self._position:end] = data
        self._position = end
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._position = pos
        elif whence == 1:
            self._position = max(0, self._position + pos)
        elif whence == 2:
            self._position = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._position

    def tell(self):
        self._check_closed()
        return self._position

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._position
        del self._buffer[size:]
        return size

    def flush(self):
        self._check_closed()


class _BinaryFile(_File, BufferedIOBase):
    """A file opened in binary mode."""
    _NOT_READABLE = 'read'
    _NOT_WRITABLE = 'write'
    _EMPTY = b''

    def __init__(self, name, mode, kind):
        self._open(name, mode, kind)

    def __repr__(self):
        return f"<_io.{type(self).__name__} name={self.name!r}>"

    @staticmethod
    def _load(name):
        return BytesIO(_os.read_bytes(name))

    @staticmethod
    def _append(name, data):
        _os.append_bytes(name, data)

    def write(self, b):
        self._check_writable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._collect(bytes(b))


class BufferedReader(_BinaryFile):
    """A file opened with mode 'rb'."""


class BufferedWriter(_BinaryFile):
    """A file opened with mode 'wb', 'ab' or 'xb'."""


_open_for_writing = []


def _flush_at_exit():
    """Writes out what files left open still hold (the interpreter calls this at exit)."""
    for f in list(_open_for_writing):
        f.close()


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open file and return a stream. Text mode only: reading, writing ('w'), appending
    ('a') and exclusive creation ('x')."""
    if not isinstance(file, str):
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
    if not isinstance(mode, str):
        raise TypeError(f'open() argument \'mode\' must be str, not {type(mode).__name__}')
    kinds = [c for c in mode if c in 'rwxa']
    if len(kinds) != 1 or any(c not in 'rwxa+tb' for c in mode) or len(set(mode)) != len(mode):
        raise ValueError(f'invalid mode: {mode!r}')
    if 'b' in mode and 't' in mode:
        raise ValueError("can't have text and binary mode at once")
    if 'b' in mode and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if '+' in mode:
        raise ValueError(f"mode {mode!r}: reading and writing one file ('+') is not "
                         'supported by Spindle yet')
    if encoding is not None and encoding.lower().replace('-', '').replace('_', '') not in (
            'utf8', 'ascii', 'utf8sig'):
        raise LookupError(f'unknown encoding: {encoding}')
    if 'b' in mode:
        kind = BufferedReader if kinds[0] == 'r' else BufferedWriter
        return kind(file, mode, kinds[0])
    return TextIOWrapper(file, mode, kinds[0])
