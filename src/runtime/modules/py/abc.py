"""Abstract Base Classes, Spindle's `abc`: `ABC` and `abstractmethod`.

Spindle has no metaclasses other than `type` yet, so `ABC` checks for abstract methods when
an instance is made (in `__new__`) rather than through `ABCMeta`, which is `type` here.
`register()` is not supported."""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """A decorator indicating abstract classmethods (deprecated)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A decorator indicating abstract staticmethods (deprecated)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A decorator indicating abstract properties (deprecated)."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


# `ABCMeta` is `type` itself until Spindle has metaclasses: `class C(metaclass=ABCMeta)` is
# refused by the class statement, `isinstance(cls, ABCMeta)` holds for every class.
ABCMeta = type


def get_cache_token():
    return 0


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    fget = getattr(value, 'fget', None)
    return fget is not None and getattr(fget, '__isabstractmethod__', False)


def _abstract_methods(cls):
    seen = set()
    abstract = set()
    for klass in cls.__mro__:
        for name in klass.__dict__:
            if name in seen:
                continue
            seen.add(name)
            if _is_abstract(klass.__dict__[name]):
                abstract.add(name)
    return frozenset(abstract)


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        abstract = _abstract_methods(cls)
        if abstract:
            names = sorted(abstract)
            plural = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract "
                            f"method{plural} {', '.join(names)}")
        return object.__new__(cls)
