"""Functional tools for creating and using iterators, Spindle's `itertools`.

Each function checks its arguments when called, as CPython's do, and returns a generator
doing the work (so the iterators' reprs and types are generators', not CPython's).
"""

import sys as _sys


_MISSING = object()


def _bind(name, args, kwargs, names, required):
    """Binds arguments as CPython's argument clinic does, with its messages."""
    if len(args) > len(names):
        raise TypeError(f'{name}() takes at most {len(names)} arguments ({len(args)} given)')
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
        position = names.index(key)
        if values[position] is not _MISSING:
            raise TypeError(f"argument for {name}() given by name ('{key}') and position "
                            f"({position + 1})")
        values[position] = value
    for position in range(required):
        if values[position] is _MISSING:
            raise TypeError(f"{name}() missing required argument '{names[position]}' "
                            f"(pos {position + 1})")
    return values


def _as_int(value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


def _index(value, message):
    if value is None:
        return None
    if type(value) is bool or not isinstance(value, int) or not 0 <= value <= _sys.maxsize:
        raise ValueError(message)
    return value


def _count(start, step):
    n = start
    while True:
        yield n
        n += step


def count(*args, **kwargs):
    """Return a count object whose .__next__() method returns consecutive values."""
    start, step = _bind('count', args, kwargs, ('start', 'step'), 0)
    start = 0 if start is _MISSING else start
    step = 1 if step is _MISSING else step
    for value in (start, step):
        if not isinstance(value, (int, float)):
            raise TypeError('a number is required')
    return _count(start, step)


def _cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def cycle(*args):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
    indefinitely."""
    if len(args) != 1:
        raise TypeError(f'cycle expected 1 argument, got {len(args)}')
    return _cycle(iter(args[0]))


def _repeat_forever(value):
    while True:
        yield value


def _repeat_times(value, times):
    for _ in range(times):
        yield value


def repeat(*args, **kwargs):
    """repeat(object [,times]) -> create an iterator which returns the object for the
    specified number of times.  If not specified, returns the object endlessly."""
    value, times = _bind('repeat', args, kwargs, ('object', 'times'), 1)
    if times is _MISSING:
        return _repeat_forever(value)
    return _repeat_times(value, max(_as_int(times), 0))


def _accumulate(it, func, initial):
    total = initial
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _chain(iterables):
    for it in iterables:
        yield from it


class _Chain:
    """`chain` is called like a function and has the `from_iterable` alternate constructor."""

    def __call__(self, *iterables):
        return _chain(iterables)

    def from_iterable(self, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates
        lazily."""
        return _chain(iterable)


chain = _Chain()


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def dropwhile(predicate, iterable, /):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(function, iterable, /):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x


def takewhile(predicate, iterable, /):
    """Return successive entries from an iterable as long as the predicate evaluates to true
    for each entry."""
    return _takewhile(predicate, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def starmap(function, iterable, /):
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _islice(it, start, stop, step):
    index = 0
    next_index = start
    if stop is None:
        for element in it:
            if index == next_index:
                yield element
                next_index += step
            index += 1
        return
    if start >= stop:
        # CPython still consumes the items before `stop`.
        for _ in zip(range(stop), it):
            pass
        return
    for element in it:
        if index == next_index:
            yield element
            next_index += step
            if next_index >= stop:
                # Consume up to `stop` as CPython does.
                for _ in zip(range(stop - index - 1), it):
                    pass
                return
        index += 1
        if index >= stop:
            return


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    stop = _index(stop, 'Stop argument for islice() must be None or an integer: '
                        '0 <= x <= sys.maxsize.')
    start = _index(start, 'Indices for islice() must be None or an integer: '
                          '0 <= x <= sys.maxsize.')
    step = _index(step, 'Step for islice() must be a positive integer or None.')
    if step == 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start or 0, stop, step or 1)


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def pairwise(iterable, /):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    done = [False] * active
    while True:
        values = []
        for i, it in enumerate(iterators):
            if done[i]:
                values.append(fillvalue)
                continue
            for value in it:
                values.append(value)
                break
            else:
                done[i] = True
                active -= 1
                if not active:
                    return
                values.append(fillvalue)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple of items from
    each iterable, missing values filled in with fillvalue."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


_NOTHING = object()


class _GroupByState:
    """What a groupby and its groups share, as CPython's groupby object holds it."""
    __slots__ = ('it', 'keyfunc', 'tgtkey', 'currkey', 'currvalue', 'grouper')

    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.tgtkey = self.currkey = self.currvalue = _NOTHING
        self.grouper = None


def _groupby_step(state):
    for value in state.it:
        state.currkey = value if state.keyfunc is None else state.keyfunc(value)
        state.currvalue = value
        return True
    return False


def _same(a, b):
    return a is b or a == b


def _groupby(state):
    while True:
        state.grouper = None
        # Skip what is left of the current group.
        while not (state.currkey is not _NOTHING
                   and (state.tgtkey is _NOTHING or not _same(state.tgtkey, state.currkey))):
            if not _groupby_step(state):
                return
        state.tgtkey = state.currkey
        marker = state.grouper = object()
        yield state.currkey, _grouper(state, marker, state.tgtkey)


def _grouper(state, marker, tgtkey):
    # A group ends when its key changes or when the groupby moves on to the next group.
    while state.grouper is marker:
        if state.currvalue is _NOTHING and not _groupby_step(state):
            return
        if not _same(tgtkey, state.currkey):
            return
        value = state.currvalue
        state.currvalue = _NOTHING
        yield value


def groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    return _groupby(_GroupByState(iter(iterable), key))


def _tee_iterator(it, buffers, mine):
    buffer = buffers[mine]
    while True:
        if buffer:
            yield buffer.pop(0)
            continue
        for value in it:
            for i, other in enumerate(buffers):
                if i != mine:
                    other.append(value)
            yield value
            break
        else:
            return


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple(_tee_iterator(it, buffers, i) for i in range(n))


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    if _as_int(repeat) < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def permutations(*args, **kwargs):
    """Return successive r-length permutations of elements in the iterable."""
    iterable, r = _bind('permutations', args, kwargs, ('iterable', 'r'), 1)
    pool = tuple(iterable)
    if r is _MISSING or r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations(*args, **kwargs):
    """Return successive r-length combinations of elements in the iterable."""
    iterable, r = _bind('combinations', args, kwargs, ('iterable', 'r'), 2)
    if _as_int(r) < 0:
        raise ValueError('r must be non-negative')
    return _combinations(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(*args, **kwargs):
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats."""
    iterable, r = _bind('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
    if _as_int(r) < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(tuple(iterable), r)
