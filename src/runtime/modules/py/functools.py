"""Tools for working with functions and callable objects, Spindle's `functools`:
reduce, partial and partialmethod, lru_cache and cache, wraps and update_wrapper,
total_ordering, cmp_to_key, cached_property, and the single-dispatch generic functions
singledispatch and singledispatchmethod (dispatching on the first argument's class along
its MRO, with the ABCs it is a virtual subclass of placed where CPython places them)."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from collections import namedtuple as _namedtuple
from _generic_alias import GenericAlias

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
### total_ordering
################################################################################

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_CONVERT = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = [op for op in _CONVERT if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


################################################################################
### cmp_to_key
################################################################################

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function"""
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


################################################################################
### reduce
################################################################################

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing, /):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence or iterable,
    from left to right, so as to reduce the iterable to a single value."""
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


################################################################################
### partial
################################################################################

class partial:
    """New function with partial application of the given arguments and keywords."""
    __slots__ = ('func', 'args', 'keywords', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        qualname = type(self).__qualname__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f'{k}={v!r}' for (k, v) in self.keywords.items())
        if type(self).__module__ == 'functools':
            return f'functools.{qualname}({", ".join(args)})'
        return f'{qualname}({", ".join(args)})'


class partialmethod:
    """Method descriptor with partial application of the given arguments and keywords.

    Supports wrapping existing descriptors and handles non-descriptor callables as instance
    methods."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            # Flattened, so that self or cls comes before all the bound arguments.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        args = ', '.join(repr(arg) for arg in self.args)
        keywords = ', '.join(f'{key}={value!r}' for key, value in self.keywords.items())
        cls = self.__class__
        return f'{cls.__module__}.{cls.__qualname__}({self.func}, {args}, {keywords})'

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            return self.func(cls_or_self, *self.args, *args, **{**self.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # The wrapped descriptor made a new callable (a bound method, say).
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(GenericAlias)


################################################################################
### lru_cache
################################################################################

_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'],
                         module='functools')

_KWD_MARK = (object(),)
_FAST_TYPES = {int, str}


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # hits, misses
    missing = object()

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, missing)
            if result is not missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, missing)
            if result is not missing:
                # Most recently used goes last; the first key is the least recently used.
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached this key meanwhile.
                return result
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics"""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
### cached_property
################################################################################

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept as an ordinary attribute."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname if self.attrname is not None else self.func.__name__
        cache = instance.__dict__
        value = cache.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            cache[name] = value
        return value


################################################################################
### singledispatch
################################################################################

def _c3_merge(sequences):
    """C3: merges linearizations, each time taking the first head that appears in no other
    sequence's tail."""
    pending = [list(seq) for seq in sequences if seq]
    result = []
    while pending:
        for seq in pending:
            head = seq[0]
            if not any(head in other[1:] for other in pending):
                break
        else:
            raise RuntimeError('Inconsistent hierarchy')
        result.append(head)
        for seq in pending:
            if seq[0] == head:
                del seq[0]
        pending = [seq for seq in pending if seq]
    return result


def _c3_mro(cls, abcs=None):
    """The C3 linearization of `cls` with the ABCs of `abcs` it implements inserted where
    their behaviour is introduced: at the class that is a subclass of the ABC while none of
    its bases is, after the bases up to the last explicit ABC among them."""
    bases = list(cls.__bases__)
    boundary = 0
    for index in range(len(bases), 0, -1):
        if hasattr(bases[index - 1], '__abstractmethods__'):
            boundary = index
            break
    explicit, others = bases[:boundary], bases[boundary:]
    abcs = list(abcs) if abcs else []
    introduced = [abc for abc in abcs
                  if issubclass(cls, abc) and not any(issubclass(b, abc) for b in bases)]
    for abc in introduced:
        abcs.remove(abc)
    groups = explicit + introduced + others
    return _c3_merge([[cls]] + [_c3_mro(base, abcs) for base in groups]
                     + [explicit, introduced, others])


def _compose_mro(cls, types):
    """The MRO `cls` dispatches along: its own, with the registered types it is only a
    virtual subclass of (ABCs, through registration or a subclass hook) inserted."""
    own = set(cls.__mro__)
    candidates = [typ for typ in types
                  if typ not in own and hasattr(typ, '__mro__')
                  and not isinstance(typ, GenericAlias) and issubclass(cls, typ)]
    # A type that is a base of another candidate comes in with that one's MRO.
    candidates = [typ for typ in candidates
                  if not any(typ != other and typ in other.__mro__ for other in candidates)]
    wanted = set(candidates)
    abcs = []
    for typ in candidates:
        # The subclasses of `typ` that `cls` also implements fix the order of the ABCs:
        # those with the most candidates in their MRO first.
        chains = [[klass for klass in sub.__mro__ if klass in wanted]
                  for sub in typ.__subclasses__()
                  if sub not in own and issubclass(cls, sub)]
        if not chains:
            abcs.append(typ)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for klass in chain:
                if klass not in abcs:
                    abcs.append(klass)
    return _c3_mro(cls, abcs)


def _find_impl(cls, registry):
    """The implementation registered for the nearest class on the dispatch MRO of `cls`;
    None if there is none. Two ABCs that `cls` only implicitly implements, neither a
    subclass of the other, both registered and equally near, are ambiguous."""
    own = cls.__mro__
    match = None
    for typ in _compose_mro(cls, registry.keys()):
        if match is not None:
            if (typ in registry and typ not in own and match not in own
                    and not issubclass(match, typ)):
                raise RuntimeError(f'Ambiguous dispatch: {match} or {typ}')
            break
        if typ in registry:
            match = typ
    return registry.get(match)


from _mappingproxy import mappingproxy as _mappingproxy


def _union_members(obj):
    """The members of a union type (`int | str`, `typing.Union[int, str]`,
    `typing.Optional[int]`), or None when `obj` is not one."""
    from _generic_alias import UnionType as _UnionType
    if isinstance(obj, _UnionType):
        members = obj.__args__
    else:
        import typing
        if not (isinstance(obj, typing._GenericAlias)
                and obj._name in ('Union', 'Optional')):
            return None
        members = obj.__args__
        if obj._name == 'Optional' and type(None) not in members:
            members = members + (type(None),)
    return tuple(type(None) if member is None else member for member in members)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    members = _union_members(cls)
    return members is not None and all(isinstance(member, type) for member in members)


def _first_annotation(func):
    """The name and annotation of the first annotated parameter of `func` (a string
    annotation evaluated in the function's globals)."""
    from typing import get_type_hints
    name, annotation = next(iter(get_type_hints(func).items()))
    if isinstance(annotation, str):
        annotation = eval(annotation, getattr(func, '__globals__', {}))
    return name, annotation


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different behaviours
    depending upon the type of its first argument. The decorated function acts as the
    default implementation, and additional implementations can be registered using the
    register() attribute of the generic function."""
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*."""
        nonlocal cache_token
        if cache_token is not None:
            # A registration with an ABC may change what classes it covers.
            token = get_cache_token()
            if token != cache_token:
                dispatch_cache.clear()
                cache_token = token
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*."""
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. '
                                f'{cls!r} is not a class or union type.')
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. '
                                f'Use either `@register(some_class)` or plain `@register` '
                                f'on an annotated function.')
            func = cls
            argname, cls = _first_annotation(func)
            if not _is_valid_dispatch_type(cls):
                if _union_members(cls) is not None:
                    raise TypeError(f'Invalid annotation for {argname!r}. '
                                    f'{cls!r} not all arguments are classes.')
                raise TypeError(f'Invalid annotation for {argname!r}. '
                                f'{cls!r} is not a class.')
        members = _union_members(cls)
        for klass in (cls,) if members is None else members:
            registry[klass] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _mappingproxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor callables as instance
    methods."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
