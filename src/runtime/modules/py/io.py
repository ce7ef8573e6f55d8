"""Spindle's `io`: in-memory text streams (`StringIO`), and `TextIOBase` for isinstance
checks. File streams (`open`) are not supported yet."""

__all__ = ['StringIO', 'TextIOBase', 'IOBase', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END']

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
