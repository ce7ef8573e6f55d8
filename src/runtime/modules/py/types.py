"""Spindle's `types`: names for the built-in types that have no builtin name (`FunctionType`,
`GeneratorType`, `ModuleType`, ...), `SimpleNamespace`, `MappingProxyType`, `new_class` and
`prepare_class`, and the `GenericAlias`/`UnionType` of annotations."""

import sys as _sys
from _generic_alias import GenericAlias, UnionType

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'CellType', 'GeneratorType', 'CoroutineType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'MethodDescriptorType', 'ModuleType', 'TracebackType',
           'FrameType', 'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
           'DynamicClassAttribute', 'coroutine', 'GenericAlias', 'UnionType', 'EllipsisType',
           'NoneType', 'NotImplementedType']


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__) if hasattr(_f, '__code__') else type(compile('', '', 'exec'))


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_coroutine = _c()
CoroutineType = type(_coroutine)
_coroutine.close()
del _coroutine


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0] if getattr(f, '__closure__', None) else None


_cell = _cell_factory()
CellType = type(_cell) if _cell is not None else None
del _cell


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
MethodDescriptorType = type(str.join)
ModuleType = type(_sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame) if hasattr(_exc.__traceback__, 'tb_frame') \
        else None
    del _exc

EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)


class _Slotted:
    __slots__ = ('x',)


MemberDescriptorType = type(_Slotted.__dict__['x'])
del _Slotted


from _mappingproxy import mappingproxy as MappingProxyType


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""
    __module__ = 'types'

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable).items():
            if not isinstance(key, str):
                raise TypeError(f'keywords must be strings, not {type(key).__name__!r}')
            setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'{name}({items})'

    def __eq__(self, other):
        if not isinstance(self, SimpleNamespace) or not isinstance(other, SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, '__mro_entries__'):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a '
                        '(non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass: (metaclass, namespace,
    keywords)."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, resolved_bases, ns, **kwds)


DynamicClassAttribute = property


def coroutine(func):
    """Convert a regular generator function into a coroutine (here: returned as it is)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    return func
