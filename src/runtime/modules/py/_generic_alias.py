"""`types.GenericAlias`: what subscribing a built-in generic class gives (`list[int]`)."""


def _type_repr(obj):
    """How a type argument shows in an alias's repr (`typing` uses it too)."""
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
        return _UnionType((self, other))

    def __ror__(self, other):
        return _UnionType((other, self))


class _UnionType:
    """`X | Y` of types in annotations."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return ' | '.join('None' if a is None else _type_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _UnionType(self.__args__ + (other,))
