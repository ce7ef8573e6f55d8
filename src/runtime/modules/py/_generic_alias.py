"""`types.GenericAlias`: what subscribing a built-in generic class gives (`list[int]`)."""


def _type_repr(obj):
    """How a type argument shows in an alias's repr (`typing` uses it too)."""
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class GenericAlias:
    """Represent a PEP 585 generic type, e.g. list[int]."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return f'{_type_repr(self.__origin__)}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        return GenericAlias(self.__origin__, item)

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(other, self)


class UnionType:
    """`X | Y` of types (PEP 604): `int | str`, `list[int] | None`. `isinstance` and
    `issubclass` accept it as they accept a tuple of its members."""
    __module__ = 'types'

    def __init__(self, args):
        members = []
        for arg in args:
            for member in (arg.__args__ if isinstance(arg, UnionType) else (arg,)):
                if member is None:
                    member = type(None)
                if member not in members:
                    members.append(member)
        self.__args__ = tuple(members)

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __or__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(self, other)

    def __ror__(self, other):
        if not _unionable(other):
            return NotImplemented
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union(a, b):
    """`a | b` of two types (the interpreter calls this for `type | type`)."""
    result = UnionType((a, b))
    if len(result.__args__) == 1:
        return result.__args__[0]
    return result
