"""Spindle's `posixpath` (`os.path`): path manipulations on POSIX paths, and the file tests
`exists`, `isfile` and `isdir`."""

import _os

__all__ = ['basename', 'dirname', 'join', 'split', 'splitext', 'normpath', 'abspath',
           'isabs', 'exists', 'isfile', 'isdir', 'commonprefix', 'relpath', 'sep',
           'expanduser']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'

exists = _os.exists
isfile = _os.isfile
isdir = _os.isdir


def _check(function, *args):
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError(f'{function}() argument must be str, bytes, or os.PathLike '
                            f'object, not {type(arg).__name__!r}')


def isabs(s):
    """Test whether a path is absolute"""
    _check('isabs', s)
    return s.startswith('/')


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    _check('join', a, *p)
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """Split a pathname into (head, tail): tail is everything after the final slash."""
    _check('split', p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext), ext empty or beginning with '.'."""
    _check('splitext', p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def basename(p):
    """Returns the final component of a pathname"""
    _check('basename', p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    _check('dirname', p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    _check('normpath', path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = '/'.join(parts)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    """Return an absolute path."""
    _check('abspath', path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else start
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expanduser(path):
    """Expand ~ and ~user constructions (only ~ with $HOME)."""
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    import os
    home = os.environ.get('HOME')
    if home is None:
        return path
    return (home.rstrip('/') or '/') + path[i:]
