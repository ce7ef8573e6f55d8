"""Abstract Base Classes, Spindle's `abc`: `ABCMeta`, `ABC`, `abstractmethod` and the
deprecated abstract decorators, `register()` for virtual subclasses, `__subclasshook__`.

`ABCMeta.__new__` computes `__abstractmethods__` as CPython's `_abc` does; assigning it
marks the class abstract in the runtime, so `object.__new__` refuses to instantiate it with
CPython's message. Virtual subclasses are kept in a list (CPython uses weak sets and a
negative cache; the answers are the same)."""

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


_cache_token = 0


def get_cache_token():
    """A token that changes whenever an ABC gains a virtual subclass."""
    return _cache_token


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    inner = getattr(value, '__func__', None) or getattr(value, 'fget', None)
    return inner is not None and getattr(inner, '__isabstractmethod__', False)


class _AbcData:
    """The per-class state CPython keeps in `_abc_impl`: the registered virtual subclasses."""
    __slots__ = ('registry',)

    def __init__(self):
        self.registry = []


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of an ABC; returns it, to allow use as a decorator."""
        global _cache_token
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        _cache_token += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        return subtype is not subclass and cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            answer = hook(subclass)
            if answer is not NotImplemented:
                return bool(answer)
        if cls in subclass.__mro__:
            return True
        for registered in cls._abc_impl.registry:
            if issubclass(subclass, registered):
                return True
        for child in type.__subclasses__(cls):
            if issubclass(subclass, child):
                return True
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
