"""Generic (shallow and deep) copying operations, Spindle's `copy`.

copy(x) and deepcopy(x[, memo]) as CPython's: immutable values are returned as they are,
the built-in containers are copied directly, classes may define __copy__/__deepcopy__, and
any other instance is rebuilt from its class with its attributes (and, for subclasses of
list, dict and set, its items)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_IMMUTABLE = (type(None), int, float, bool, str, tuple, frozenset, type, range, slice,
              type(len), type(lambda: None), type(NotImplemented), property)

_ATOMIC = (type(None), int, float, bool, str, type, range, type(len), type(lambda: None),
           type(NotImplemented), property)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _IMMUTABLE:
        return x
    if cls in (list, dict, set):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(x, '__copy__', None)
    if copier is not None:
        return copier()
    return _rebuild(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple of values that copy to themselves is its own copy.
        if d in memo:
            return memo[d]
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(a, memo) for a in x])
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _rebuild(x, cls, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def _rebuild(x, cls, memo):
    """A new instance of `cls` with `x`'s attributes and items (deep-copied given a memo)."""
    if not hasattr(x, '__dict__') and not hasattr(cls, '__slots__') and not isinstance(
            x, (list, dict, set)):
        raise Error(f'un(deep)copyable object of type {cls}')
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    deep = memo is not None
    getstate = getattr(cls, '__getstate__', None)
    state = getstate(x) if getstate is not None else getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(cls, '__setstate__', None)
        if setstate is not None:
            setstate(y, state)
        else:
            y.__dict__.update(state)
    for klass in cls.__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name in ('__dict__', '__weakref__') or not hasattr(x, name):
                continue
            value = getattr(x, name)
            setattr(y, name, deepcopy(value, memo) if deep else value)
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) if deep else a for a in x)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        y.update(deepcopy(a, memo) if deep else a for a in x)
    return y
