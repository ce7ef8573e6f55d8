"""Support for type hints, Spindle's `typing`: every common name importable and usable in
annotations (subscripted, combined, printed as CPython prints them); no runtime checking.
`Generic` and `Protocol` are base classes; `NamedTuple` and `TypedDict` work called as
functions, and `TypedDict` also as a base class (its instances are dicts)."""

import collections as _collections
from _generic_alias import _type_repr

TYPE_CHECKING = False


class _GenericAlias:
    """A subscripted special form: `typing.List[int]`."""

    def __init__(self, origin, name, args):
        self.__origin__ = origin
        self._name = name
        self.__args__ = args

    def __repr__(self):
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        if self._name == 'Callable' and len(self.__args__) == 2:
            params, result = self.__args__
            return f'typing.Callable[{_type_repr(params)}, {_type_repr(result)}]'
        args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'typing.{self._name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Type {self._name} cannot be instantiated')
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, self._name,
                             params if isinstance(params, tuple) else (params,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm:
    """A name such as `List` or `Optional`: subscripted to make an alias."""

    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name == 'Optional':
            if len(params) != 1:
                raise TypeError('Optional[t] requires a single type.')
            return Union[params[0], None]
        if name == 'Union':
            flat = []
            for p in params:
                p = type(None) if p is None else p
                members = p.__args__ if isinstance(p, _GenericAlias) and p._name in (
                    'Union', 'Optional') else (p,)
                for m in members:
                    if m not in flat:
                        flat.append(m)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                return _GenericAlias(None, 'Optional', (other,) if flat[0] is other
                                     else (other,))
            return _GenericAlias(None, 'Union', tuple(flat))
        return _GenericAlias(self.__origin__, name, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Cannot instantiate typing.{self._name}')
        raise TypeError(f'Type {self._name} cannot be instantiated; '
                        f'use {self.__origin__.__name__}() instead')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Unpack = _SpecialForm('Unpack')

List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Deque = _SpecialForm('Deque', _collections.deque)
DefaultDict = _SpecialForm('DefaultDict', _collections.defaultdict)
OrderedDict = _SpecialForm('OrderedDict', _collections.OrderedDict)
Counter = _SpecialForm('Counter', _collections.Counter)
ChainMap = _SpecialForm('ChainMap', _collections.ChainMap)
Callable = _SpecialForm('Callable')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Reversible = _SpecialForm('Reversible')
Container = _SpecialForm('Container')
Collection = _SpecialForm('Collection')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
KeysView = _SpecialForm('KeysView')
ItemsView = _SpecialForm('ItemsView')
ValuesView = _SpecialForm('ValuesView')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterable = _SpecialForm('AsyncIterable')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncGenerator = _SpecialForm('AsyncGenerator')
ContextManager = _SpecialForm('ContextManager')
AsyncContextManager = _SpecialForm('AsyncContextManager')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsComplex = _SpecialForm('SupportsComplex')
SupportsBytes = _SpecialForm('SupportsBytes')
SupportsIndex = _SpecialForm('SupportsIndex')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsRound = _SpecialForm('SupportsRound')
IO = _SpecialForm('IO')
TextIO = _SpecialForm('TextIO')
BinaryIO = _SpecialForm('BinaryIO')
Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')
Text = str


class TypeVar:
    """Type variable: `T = TypeVar('T')`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpec(TypeVar):
    """Parameter specification variable."""


class TypeVarTuple(TypeVar):
    """Type variable tuple."""


AnyStr = TypeVar('AnyStr', bytes if False else str, str)


class Generic:
    """Abstract base class for generic types: `class Stack(Generic[T])`."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        if not isinstance(params, tuple):
            params = (params,)
        return _ClassAlias(cls, params)


class _ClassAlias(_GenericAlias):
    """A user generic class subscripted: `Stack[int]`."""

    def __init__(self, origin, args):
        super().__init__(origin, origin.__name__, args)

    def __repr__(self):
        args = ', '.join(_type_repr(a) for a in self.__args__)
        return f'{_type_repr(self.__origin__)}[{args}]'


class Protocol(Generic):
    """Base class for protocol classes (structural subtyping is not checked)."""
    __slots__ = ()


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def overload(func):
    """Decorator for overloaded functions/methods."""
    return func


def final(f):
    """Decorator marking a method or class final (not checked)."""
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    return arg


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    return cls


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def reveal_type(obj, /):
    """Print the runtime type of obj and return it."""
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases'), module or function."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}))


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    return getattr(tp, '__origin__', None)


def get_args(tp):
    """The type arguments: get_args(Dict[str, int]) == (str, int)."""
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple, called as a function."""
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    result = _collections.namedtuple(typename, [name for name, _ in fields])
    result.__annotations__ = dict(fields)
    return result


class TypedDict(dict):
    """A dict with a fixed set of keys (not checked); a base class or called as a function."""

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict and args and isinstance(args[0], str):
            name, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            return type(name, (dict,), {'__annotations__': dict(fields)})
        return dict(*args, **kwargs)
