"""Spindle's `os`, a minimal one: the working directory, `listdir`, `environ` and `getenv`,
`getpid`, `remove`, the path constants, and `os.path` (`posixpath`). Files are opened with
the `open` builtin."""

import sys
import _os
import posixpath as path
from posixpath import sep, curdir, pardir, extsep, pathsep

__all__ = ['getcwd', 'listdir', 'getpid', 'remove', 'unlink', 'environ', 'getenv', 'path', 'sep', 'altsep',
           'extsep', 'pathsep', 'curdir', 'pardir', 'linesep', 'devnull', 'name']

sys.modules['os.path'] = path

name = 'posix'
altsep = None
linesep = '\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

getcwd = _os.getcwd
listdir = _os.listdir
getpid = _os.getpid
remove = _os.remove
unlink = _os.remove


class _Environ(dict):
    """`os.environ`: the environment at start-up, as a dict of strings."""

    def __repr__(self):
        return f'environ({dict.__repr__(self)})'

    def copy(self):
        return dict(self)


environ = _Environ(_os.environ_items())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def fspath(path):
    """Return the path representation of a path-like object."""
    if isinstance(path, str):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__)
    return method(path)
